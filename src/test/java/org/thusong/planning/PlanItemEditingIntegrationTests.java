package org.thusong.planning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thusong.planning.PlanningFixtures.*;

/** Correcting and moving plan items, and what refers to them following. */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class PlanItemEditingIntegrationTests {

	static final ThusongUser MNQUMA_PMS = new ThusongUser(9, "mnquma.pms", "mnquma.pms", java.util.Set.of(Role.PMS_OFFICER), "EC122",
			Scope.of("ZA/EC/DC12/EC122"), false, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	Sdbips sdbips;

	@Autowired
	PerformanceDashboard dashboard;

	@Autowired
	AlignmentChecks alignment;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	/** A plan of Mbhashe from {@code year}: KPA1 with SO1.1 (activity A1) and SO1.2, KPA2 with SO2.1. */
	private Map<String, Long> plan(int year) {
		Plans.Plan plan = plans.create(organisations.findByCode("EC121").orElseThrow(), Plans.Kind.IDP, "IDP " + year, year, year + 1, false);
		long kpa1 = plans.addItem(plan.id(), null, "KPA1", "Basic service delivery", null, MBHASHE);
		long kpa2 = plans.addItem(plan.id(), null, "KPA2", "Local economic development", null, MBHASHE);
		long so11 = plans.addItem(plan.id(), kpa1, "SO1.1", "Access to water", null, MBHASHE);
		long so12 = plans.addItem(plan.id(), kpa1, "SO1.2", "Access to sanitation", null, MBHASHE);
		long so21 = plans.addItem(plan.id(), kpa2, "SO2.1", "Jobs through public works", null, MBHASHE);
		long a1 = plans.addItem(plan.id(), so11, "A1", "Drill boreholes", null, MBHASHE);
		return Map.of("plan", plan.id(), "KPA1", kpa1, "KPA2", kpa2, "SO1.1", so11, "SO1.2", so12, "SO2.1", so21, "A1", a1);
	}

	private static KpiDraft kpi(String ref, String objectiveCode) {
		return new KpiDraft(ref, "Basic service delivery", objectiveCode, null, "Boreholes drilled", "boreholes", bd(0), bd(4), bd(1),
				bd(1), bd(1), bd(1), CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "1-5", "TECHNICAL", "Manager Water", "V-100",
				bd(100000), "Completion certificates", true, null);
	}

	private Sdbip sdbip(int year, KpiDraft... rows) {
		return sdbips.create(organisations.findByCode("EC121").orElseThrow(), year, null, List.of(rows), null, false, "t");
	}

	private Map<String, Integer> byObjective(int year) {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		dashboard.figures(MBHASHE, "EC121", year).byObjective().forEach(g -> counts.put(g.label(), g.total()));
		return counts;
	}

	private Map<String, Object> lastAudit(long itemId, String action) {
		return jdbc.sql("""
				SELECT actor, before_state::text AS before, after_state::text AS after FROM audit_entry
				 WHERE entity_type = 'plan-item' AND entity_id = :id AND action = :a ORDER BY at DESC LIMIT 1""")
			.param("id", Long.toString(itemId)).param("a", action).query().singleRow();
	}

	@Test
	void anEditedObjectiveShowsOnThePlanPageInItsKpisAndInTheAuditWithBeforeAndAfter() throws Exception {
		Map<String, Long> p = plan(2070);
		Sdbip sdbip = sdbip(2070, kpi("K1", "SO1.1"));
		Kpi k1 = sdbips.kpis(sdbip.id()).get(0);
		assertThat(k1.objectiveItemId()).isEqualTo(p.get("SO1.1"));

		mvc.perform(get("/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.1")).with(user(PMS)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"SO1.1\""), containsString("Access to water"),
					containsString("id=\"move-form\""))));
		mvc.perform(post("/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.1")).with(user(PMS)).with(csrf())
			.param("code", "SO1.1a").param("title", "Clean water for every household").param("outcomeCode", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/planning/plans/*"));

		mvc.perform(get("/planning/plans/{id}", p.get("plan")).with(user(PMS)))
			.andExpect(content().string(allOf(containsString("SO1.1a"), containsString("Clean water for every household"),
					not(containsString("Access to water")))));
		mvc.perform(get("/planning/kpis/{id}", k1.id()).with(user(PMS)))
			.andExpect(content().string(containsString("SO1.1a Clean water for every household")));
		mvc.perform(get("/api/v1/planning/kpis/{id}", k1.id()).with(user(AUDITOR)))
			.andExpect(jsonPath("$.kpi.objectiveCode").value("SO1.1a"))
			.andExpect(jsonPath("$.kpi.objective").value("Clean water for every household"));
		assertThat(byObjective(2070)).containsOnlyKeys("SO1.1a Clean water for every household");
		assertThat(alignment.problems(sdbip)).extracting(AlignmentChecks.Problem::subject).doesNotContain("SO1.1a").contains("SO1.2");

		Map<String, Object> audit = lastAudit(p.get("SO1.1"), "updated");
		assertThat(audit.get("actor")).isEqualTo("t.pms");
		assertThat((String) audit.get("before")).contains("\"code\": \"SO1.1\"", "\"title\": \"Access to water\"");
		assertThat((String) audit.get("after")).contains("\"code\": \"SO1.1a\"", "\"title\": \"Clean water for every household\"");

		mvc.perform(put("/api/v1/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"SO1.2\", \"title\": \"Dignified sanitation\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Dignified sanitation"))
			.andExpect(jsonPath("$.level").value("OBJECTIVE"));
	}

	@Test
	void aDuplicateOrBlankCodeIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
		Map<String, Long> p = plan(2072);
		mvc.perform(post("/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.2")).with(user(PMS)).with(csrf())
			.param("code", "SO1.1").param("title", "Sanitation typed again"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("&#39;SO1.1&#39; is already used in this plan"),
					containsString("Sanitation typed again"))));
		mvc.perform(post("/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.2")).with(user(PMS)).with(csrf())
			.param("code", " ").param("title", "Sanitation"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("code: is required")));

		mvc.perform(put("/api/v1/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"SO1.1\", \"title\": \"Sanitation\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors.code").value(containsString("already used in this plan")));
		mvc.perform(put("/api/v1/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"\", \"title\": \"Sanitation\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.code").value("is required, at most 40 characters"));
		mvc.perform(put("/api/v1/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"SO1.2\", \"title\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists());
		mvc.perform(put("/api/v1/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"SO1.2\", \"title\": \"Sanitation\", \"outcomeCode\": \"NOPE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.outcomeCode").exists());

		Plans.ItemDetail unchanged = plans.item(p.get("plan"), p.get("SO1.2"), MBHASHE);
		assertThat(unchanged.code()).isEqualTo("SO1.2");
		assertThat(unchanged.title()).isEqualTo("Access to sanitation");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'plan-item' AND entity_id = :id AND action = 'updated'")
			.param("id", Long.toString(p.get("SO1.2"))).query(Integer.class).single()).isZero();
	}

	@Test
	void aMovedActivityTakesItsKpisToTheNewObjectiveOnTheDashboardTheTreeAndTheAlignmentChecks() throws Exception {
		Map<String, Long> p = plan(2074);
		Sdbip sdbip = sdbip(2074, kpi("K1", "A1"), kpi("K2", "SO1.2"), kpi("K3", "SO2.1"));
		assertThat(sdbips.kpis(sdbip.id()).get(0).objectiveItemId()).isEqualTo(p.get("A1"));
		assertThat(byObjective(2074)).containsEntry("SO1.1 Access to water", 1).containsEntry("SO1.2 Access to sanitation", 1);

		mvc.perform(post("/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("A1")).with(user(PMS)).with(csrf())
			.param("parentId", Long.toString(p.get("SO1.2"))))
			.andExpect(status().is3xxRedirection());

		assertThat(byObjective(2074)).doesNotContainKey("SO1.1 Access to water").containsEntry("SO1.2 Access to sanitation", 2);
		mvc.perform(get("/planning/dashboard").param("organisation", "EC121").param("year", "2074").with(user(PMS)))
			.andExpect(content().string(allOf(containsString("SO1.2 Access to sanitation"), not(containsString("SO1.1 Access to water")))));
		List<Plans.Item> tree = plans.tree(p.get("plan"));
		Plans.Item so12 = tree.get(0).children().get(1);
		assertThat(so12.code()).isEqualTo("SO1.2");
		assertThat(so12.children()).extracting(Plans.Item::code).containsExactly("A1");
		assertThat(so12.kpiCount()).isEqualTo(2);
		assertThat(tree.get(0).children().get(0).kpiCount()).isZero();
		assertThat(alignment.problems(sdbip)).filteredOn(pr -> pr.check() == AlignmentChecks.Check.OBJECTIVE_WITHOUT_KPI)
			.extracting(AlignmentChecks.Problem::subject).containsExactly("SO1.1");

		Map<String, Object> audit = lastAudit(p.get("A1"), "moved");
		assertThat(audit.get("actor")).isEqualTo("t.pms");
		assertThat((String) audit.get("before")).contains("\"parent\": \"SO1.1\"");
		assertThat((String) audit.get("after")).contains("\"parent\": \"SO1.2\"");

		// An objective moves to another KPA with its activity; its KPIs now read that KPA.
		mvc.perform(post("/api/v1/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"parentId\": " + p.get("KPA2") + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value(p.get("KPA2")));
		Plans.Item kpa2 = plans.tree(p.get("plan")).get(1);
		assertThat(kpa2.children()).extracting(Plans.Item::code).containsExactlyInAnyOrder("SO2.1", "SO1.2");
		assertThat(kpa2.children().stream().filter(i -> i.code().equals("SO1.2")).findFirst().orElseThrow().children())
			.extracting(Plans.Item::code).containsExactly("A1");
		assertThat(sdbips.kpis(sdbip.id())).filteredOn(k -> !k.ref().equals("K3")).extracting(Kpi::kpa)
			.containsOnly("Local economic development");
	}

	@Test
	void aMoveToTheWrongLevelOrIntoAnotherPlanIsRefusedWithTheRule() throws Exception {
		Map<String, Long> p = plan(2076);
		Plans.Plan mnquma = plans.create(organisations.findByCode("EC122").orElseThrow(), Plans.Kind.IDP, "Mnquma IDP", 2076, 2077, false);
		long theirGoal = plans.addItem(mnquma.id(), null, "KPA1", "Basic services", null, Scope.of("ZA/EC/DC12/EC122"));

		mvc.perform(post("/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("A1")).with(user(PMS)).with(csrf())
			.param("parentId", Long.toString(p.get("KPA2"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("an activity under an objective; KPA2 is a goal")));
		mvc.perform(post("/api/v1/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"parentId\": " + p.get("SO2.1") + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.parentId").value(containsString("an objective moves under a goal")));
		mvc.perform(post("/api/v1/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("KPA1")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"parentId\": " + p.get("KPA2") + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.parentId").value(containsString("top of the plan")));
		mvc.perform(post("/api/v1/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"parentId\": " + theirGoal + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.parentId").value(containsString("must be an item of this plan")));
		mvc.perform(post("/api/v1/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("SO1.2")).with(user(PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.parentId").exists());

		assertThat(plans.item(p.get("plan"), p.get("A1"), MBHASHE).parentId()).isEqualTo(p.get("SO1.1"));
		assertThat(plans.item(p.get("plan"), p.get("SO1.2"), MBHASHE).parentId()).isEqualTo(p.get("KPA1"));
	}

	@Test
	void anotherMunicipalityCannotSeeEditOrMoveAnItemAndAnOfficerMayNotChangeIt() throws Exception {
		Map<String, Long> p = plan(2078);
		mvc.perform(get("/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.1")).with(user(MNQUMA_PMS)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.1")).with(user(MNQUMA_PMS)).with(csrf())
			.param("code", "X").param("title", "Taken over"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.1")).with(user(MNQUMA_PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"X\", \"title\": \"Taken over\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("A1")).with(user(MNQUMA_PMS))
			.contentType(MediaType.APPLICATION_JSON).content("{\"parentId\": " + p.get("SO1.2") + "}"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/planning/plans/{id}/items/{item}", p.get("plan"), p.get("SO1.1")).with(user(OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"X\", \"title\": \"Taken over\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("only the PMS unit")));
		mvc.perform(post("/planning/plans/{id}/items/{item}/move", p.get("plan"), p.get("A1")).with(user(OFFICER)).with(csrf())
			.param("parentId", Long.toString(p.get("SO1.2"))))
			.andExpect(status().isConflict());
		mvc.perform(get("/planning/plans/{id}", p.get("plan")).with(user(OFFICER)))
			.andExpect(content().string(not(containsString("edit or move"))));
		mvc.perform(get("/planning/plans/{id}", p.get("plan")).with(user(PMS)))
			.andExpect(content().string(containsString("edit or move")));

		Plans.ItemDetail item = plans.item(p.get("plan"), p.get("SO1.1"), MBHASHE);
		assertThat(item.code()).isEqualTo("SO1.1");
		assertThat(plans.item(p.get("plan"), p.get("A1"), MBHASHE).parentId()).isEqualTo(p.get("SO1.1"));
	}
}
