package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.Organisations;
import org.thusong.planning.Plans;
import org.thusong.projects.NewProject;
import org.thusong.projects.Project;
import org.thusong.projects.ProjectRegister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mbhashe's IDP beside the projects the municipality and the district plan in its wards. */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class IdpIndabaIntegrationTests {

	static final Scope MBHASHE = Scope.of("ZA/EC/DC12/EC121");

	static final Scope AMATHOLE = Scope.of("ZA/EC/DC12");

	@Autowired
	IdpIndaba indaba;

	@Autowired
	Plans plans;

	@Autowired
	Organisations organisations;

	@Autowired
	ProjectRegister register;

	@Autowired
	MockMvc mvc;

	static NewProject project(String owner, String title, String service, String ward, String idpObjective) {
		return new NewProject(owner, title, service, List.of(ward), null, 100, null, BigDecimal.valueOf(1_000_000), 0, null, null,
				null, null, idpObjective, 0, List.of());
	}

	@Test
	void setsTheSpheresPlansSideBySide() throws Exception {
		int year = Year.now().getValue();
		Plans.Plan plan = plans.create(organisations.findByCode("EC121").orElseThrow(), Plans.Kind.IDP, "Mbhashe IDP (test)",
				year - 1, year + 3, false);
		long kpa = plans.addItem(plan.id(), null, "KPA 1", "Basic services", null, MBHASHE);
		plans.addItem(plan.id(), kpa, "SO 1.1", "Water for every household", null, MBHASHE);
		plans.addItem(plan.id(), kpa, "SO 1.2", "Sanitation for every household", null, MBHASHE);
		plans.addItem(plan.id(), kpa, "SO 1.20", "Electricity in every village", null, MBHASHE);

		long water = register.register(MBHASHE, project("EC121", "Dutywa bulk water", "water", "21201009", "SO 1.1 water"), "t");
		long district = register.register(AMATHOLE, project("DC12", "District water scheme", "water", "21201009", null), "t");
		long toilets = register.register(AMATHOLE, project("DC12", "VIP toilets", "sanitation", "21201003", "IDP SO 1.2"), "t");

		IdpIndaba.Session session = indaba.session("EC121", year, AMATHOLE);
		assertThat(session.plan().title()).isEqualTo("Mbhashe IDP (test)");
		assertThat(session.unfunded()).extracting(IdpIndaba.Priority::code).containsExactly("SO 1.20");
		assertThat(session.priorities()).filteredOn(p -> p.code().equals("SO 1.1")).singleElement()
			.satisfies(p -> assertThat(p.fundedBy()).extracting(Project::id).containsExactly(water));
		assertThat(session.notInIdp()).extracting(Project::id).containsExactly(district).doesNotContain(toilets);
		assertThat(session.samePlace()).singleElement().satisfies(s -> {
			assertThat(List.of(s.first().id(), s.second().id())).containsExactlyInAnyOrder(water, district);
			assertThat(s.wards()).containsExactly("21201009");
		});

		ThusongUser coordinator = new ThusongUser(97, "amathole.coordinator", "District", Set.of(Role.COORDINATOR), "DC12", AMATHOLE,
				false, "x");
		mvc.perform(get("/coordination/indaba").param("municipality", "EC121").param("year", String.valueOf(year))
				.with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("District water scheme")))
			.andExpect(content().string(containsString("Electricity in every village")));
		mvc.perform(get("/coordination/indaba.csv").param("municipality", "EC121").param("year", String.valueOf(year))
				.with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("priority no sphere funds,SO 1.20,Electricity in every village")))
			.andExpect(content().string(containsString("project the IDP does not mention")));
		mvc.perform(get("/coordination/indaba").param("municipality", "EC121").param("year", "soon").with(user(coordinator)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/coordination/indaba").param("municipality", "EC122").param("year", String.valueOf(year))
				.with(user(new ThusongUser(98, "mbhashe.manager", "M", Set.of(Role.MANAGER), "EC121", MBHASHE, false, "x"))))
			.andExpect(status().isNotFound());
	}
}
