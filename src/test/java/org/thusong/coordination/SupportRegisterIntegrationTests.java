package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Conflict;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two providers support Mnquma's finances at the same time: the plan flags it, and shows the gaps. */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class SupportRegisterIntegrationTests {

	static final ThusongUser DISTRICT = new ThusongUser(90, "amathole.coordinator", "District", Set.of(Role.COORDINATOR), "DC12",
			Scope.of("ZA/EC/DC12"), false, "x");

	static final ThusongUser MBHASHE = new ThusongUser(91, "mbhashe.manager", "Mbhashe", Set.of(Role.MANAGER), "EC121",
			Scope.of("ZA/EC/DC12/EC121"), false, "x");

	@Autowired
	SupportRegister register;

	@Autowired
	MockMvc mvc;

	static NewIntervention finance(String title, LocalDate start, LocalDate end) {
		return new NewIntervention("EC122", SupportArea.FINANCE, SupportType.HANDS_ON, title, 2, start, end,
				new BigDecimal("250000"), SupportStatus.UNDER_WAY, null, "Reconciliations");
	}

	@Test
	void flagsOverlappingSupportOfDifferentProvidersAndShowsGapsBesideSupport() throws Exception {
		LocalDate jan = LocalDate.of(2026, 1, 1);
		register.record(finance("Audit action plan support", jan, jan.plusMonths(6)), DISTRICT);
		// The same provider again in another area; Mbhashe (as a provider) overlapping in finance.
		register.record(new NewIntervention("EC122", SupportArea.ENGINEERING, SupportType.DEPLOYMENT, "Water engineer", 1, jan,
				jan.plusMonths(12), null, SupportStatus.PLANNED, null, null), DISTRICT);
		ThusongUser neighbour = new ThusongUser(92, "mbhashe.manager", "Mbhashe", Set.of(Role.MANAGER), "EC121",
				Scope.of("ZA/EC/DC12"), false, "x");
		register.record(finance("Debt collection drive", jan.plusMonths(3), jan.plusMonths(9)), neighbour);
		// Not overlapping in time: no flag.
		register.record(finance("Year-end close", jan.plusMonths(10), jan.plusMonths(11)), neighbour);

		register.recordGap("EC122", SupportArea.FINANCE, "No qualified accountant since 2025", DISTRICT);
		register.recordGap("EC122", SupportArea.IT, "Financial system not supported", DISTRICT);

		SupportRegister.Plan plan = register.plan("EC122", DISTRICT.scope());
		assertThat(plan.interventions()).hasSize(4);
		assertThat(plan.duplications()).singleElement().satisfies(d -> {
			assertThat(d.first().title()).isEqualTo("Audit action plan support");
			assertThat(d.second().title()).isEqualTo("Debt collection drive");
		});
		assertThat(plan.gapsWithoutSupport()).extracting(SupportRegister.Gap::area).containsExactly(SupportArea.IT);
		assertThat(plan.gaps()).filteredOn(g -> g.area() == SupportArea.FINANCE).singleElement()
			.satisfies(g -> assertThat(g.answeredBy()).hasSize(3));
		assertThat(plan.supportWithoutGap()).extracting(Intervention::title).containsExactly("Water engineer");

		// The same intervention typed twice is refused; out of scope does not exist.
		assertThatThrownBy(() -> register.record(finance("audit action plan support", jan, jan.plusMonths(6)), DISTRICT))
			.isInstanceOf(Conflict.class).hasMessageContaining("recorded already");
		assertThatThrownBy(() -> register.plan("EC122", MBHASHE.scope())).isInstanceOf(NotFound.class);
		assertThat(register.overview(DISTRICT.scope())).filteredOn(o -> o.municipality().equals("EC122")).singleElement()
			.satisfies(o -> {
				assertThat(o.duplications()).isEqualTo(1);
				assertThat(o.gapsWithoutSupport()).isEqualTo(1);
			});

		mvc.perform(get("/coordination/support/EC122").with(user(DISTRICT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duplications\"")))
			.andExpect(content().string(containsString("Debt collection drive")))
			.andExpect(content().string(containsString("no support recorded for this gap")));
		byte[] xlsx = mvc.perform(get("/coordination/support/EC122/plan.xlsx").with(user(DISTRICT)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheet("Possible duplication").getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("Audit action plan support");
			assertThat(book.getSheet("Capacity gaps").getLastRowNum()).isEqualTo(2);
		}
		mvc.perform(get("/coordination/support/EC122").param("lang", "tr").with(user(DISTRICT)))
			.andExpect(content().string(containsString("Olası mükerrerlik")));
		mvc.perform(get("/coordination/support/EC122").with(user(MBHASHE))).andExpect(status().isNotFound());
	}

	@Test
	void badInterventionsAreRefusedOnThePageNamingTheField() throws Exception {
		mvc.perform(post("/coordination/support/EC123/interventions").param("area", "FINANCE").param("type", "TRAINING")
				.param("title", "Training").param("startsOn", "2026-05-01").param("endsOn", "2026-04-01")
				.with(user(DISTRICT)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("endsOn: may not be before the start")));
		mvc.perform(post("/coordination/support/EC123/interventions").param("area", "MAGIC").param("type", "TRAINING")
				.with(user(DISTRICT)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not one of the choices")));
		mvc.perform(post("/coordination/support/EC123/interventions").param("area", "FINANCE").param("type", "TRAINING")
				.param("title", "Training").param("startsOn", "2026-05-01").param("endsOn", "2026-06-01")
				.param("budget", "lots").with(user(DISTRICT)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("budget")));
		mvc.perform(post("/coordination/support/EC123/interventions").param("area", "FINANCE").param("type", "TRAINING")
				.param("title", "mSCOA training").param("startsOn", "2026-05-01").param("endsOn", "2026-06-01")
				.param("peopleDeployed", "3").with(user(DISTRICT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/coordination/support").with(user(DISTRICT)))
			.andExpect(content().string(containsString("/coordination/support/EC123")));
	}
}
