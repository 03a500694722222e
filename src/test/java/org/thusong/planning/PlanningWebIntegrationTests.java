package org.thusong.planning;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.Organisations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thusong.planning.PlanningFixtures.*;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class PlanningWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Sdbips sdbips;

	@Autowired
	Organisations organisations;

	@Autowired
	PlanningClock clock;

	private void today(int year, int month, int day) {
		clock.set(java.time.Clock.fixed(java.time.LocalDate.of(year, month, day).atStartOfDay(java.time.ZoneId.of("Africa/Johannesburg"))
			.toInstant(), java.time.ZoneId.of("Africa/Johannesburg")));
	}

	static final ThusongUser MNQUMA_PMS = new ThusongUser(9, "mnquma.pms", "mnquma.pms", java.util.Set.of(Role.PMS_OFFICER), "EC122",
			Scope.of("ZA/EC/DC12/EC122"), false, null);

	@Test
	void theImportApiAnswersEveryErrorAsRowColumnAndMessageAndImportsNothing() throws Exception {
		List<Object> bad = new java.util.ArrayList<>(row("X2", 400, 100, 100, 100, 100));
		bad.set(7, "four hundred");
		byte[] workbook = workbook(List.of(row("X1", 400, 100, 100, 100, 100), bad));
		mvc.perform(multipart("/api/v1/planning/sdbips/import").file(new MockMultipartFile("file", "s.xlsx", null, workbook))
			.param("organisation", "EC121").param("year", "2050").param("dryRun", "true").with(user(PMS)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsRead").value(2))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("Annual target"))
			.andExpect(jsonPath("$.errors[0].message").value("'four hundred' is not a number"));
		mvc.perform(multipart("/api/v1/planning/sdbips/import").file(new MockMultipartFile("file", "s.xlsx", null, workbook))
			.param("organisation", "EC121").param("year", "2050").with(user(PMS)))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(multipart("/api/v1/planning/sdbips/import").file(new MockMultipartFile("file", "s.xlsx", null, workbook))
			.param("organisation", "EC121").param("year", "2050").with(user(OFFICER)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("only the PMS unit")));
		mvc.perform(multipart("/api/v1/planning/sdbips/import").param("organisation", "EC121").param("year", "2050").with(user(PMS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").exists());
	}

	@Test
	void theKpiApiGivesTargetsActualsAndStatusesAndRefusesBadInputWithoutA500() throws Exception {
		Sdbip sdbip = sdbips.create(organisations.findByCode("EC121").orElseThrow(), 2020, null,
				List.of(cumulative("K1", 1, 1, 1, 1, null)), null, false, "t");
		Kpi kpi = sdbips.kpis(sdbip.id()).get(0);
		today(2021, 1, 10);
		mvc.perform(get("/api/v1/planning/kpis/{id}", kpi.id()).with(user(AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quarters", hasSize(4)))
			.andExpect(jsonPath("$.quarters[0].target").value(1))
			.andExpect(jsonPath("$.quarters[0].status").value("NO_DATA"))
			.andExpect(jsonPath("$.year.status").value("NO_DATA"));
		today(2020, 8, 15);
		mvc.perform(put("/api/v1/planning/kpis/{id}/actuals/1", kpi.id()).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": \"lots\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.value").value(containsString("not a number")));
		mvc.perform(put("/api/v1/planning/kpis/{id}/actuals/9", kpi.id()).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": \"1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.quarter").exists());
		today(2020, 11, 15);
		mvc.perform(put("/api/v1/planning/kpis/{id}/actuals/1", kpi.id()).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": \"1\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("closed on 2020-10-30")));
		mvc.perform(get("/api/v1/planning/kpis/{id}", kpi.id()).with(user(MNQUMA_PMS))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/planning/reports").with(user(PMS)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisation\": \"EC121\", \"kind\": \"weekly\", \"year\": 2020, \"format\": \"PDF\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.kind").exists());
	}

	@Test
	void pagesAnswerUnknownOrOutOfScopeThingsWithA404PageAndTheTemplateDownloads() throws Exception {
		mvc.perform(get("/planning/sdbips/999999").with(user(PMS))).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No SDBIP 999999")));
		mvc.perform(get("/planning/reports/7b6b0d5c-0000-4000-8000-000000000000").with(user(PMS))).andExpect(status().isNotFound());
		mvc.perform(get("/planning/dashboard").param("year", "soon").with(user(PMS))).andExpect(status().isBadRequest());
		mvc.perform(get("/planning/template.xlsx").with(user(OFFICER))).andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/planning").with(user(PMS))).andExpect(status().isOk());
		mvc.perform(get("/planning/help").with(user(PMS))).andExpect(status().isOk())
			.andExpect(content().string(containsString("sum of the captured quarters")));
		mvc.perform(post("/planning/import").with(user(PMS)).with(csrf()).param("organisation", "EC121").param("year", "x"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("must be a whole number")));
	}

	@Autowired
	Plans plans;

	@Test
	void thePmsUnitBuildsThePlanTreeOnItsPage() throws Exception {
		Plans.Plan plan = plans.create(organisations.findByCode("EC121").orElseThrow(), Plans.Kind.IDP, "IDP test", 2027, 2031, false);
		mvc.perform(post("/planning/plans/{id}/items", plan.id()).with(user(PMS)).with(csrf()).param("code", "G1").param("title", "Basic services"))
			.andExpect(status().is3xxRedirection());
		long goal = plans.tree(plan.id()).get(0).id();
		mvc.perform(post("/planning/plans/{id}/items", plan.id()).with(user(PMS)).with(csrf()).param("parentId", Long.toString(goal))
			.param("code", "O1").param("title", "Water for every household")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/planning/plans/{id}/items", plan.id()).with(user(PMS)).with(csrf()).param("code", "O1").param("title", "Again"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error", containsString("already used")));
		mvc.perform(post("/planning/plans/{id}/items", plan.id()).with(user(OFFICER)).with(csrf()).param("code", "O2").param("title", "x"))
			.andExpect(status().isConflict());
		mvc.perform(get("/planning/plans/{id}", plan.id()).with(user(PMS))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Water for every household")))
			.andExpect(content().string(containsString("Objective with no KPI")));
	}

	@Test
	void budgetVotesWithNoKpiShowOnTheAlignmentPage() throws Exception {
		Sdbip sdbip = sdbips.create(organisations.findByCode("EC121").orElseThrow(), 2021, null,
				List.of(cumulative("V1", 1, 1, 1, 1, "Certificates")), null, false, "t");
		mvc.perform(post("/planning/sdbips/{id}/budget-votes", sdbip.id()).with(user(PMS)).with(csrf()).param("vote", "V-999")
			.param("description", "Halls").param("amount", "12,000")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/planning/sdbips/{id}/budget-votes", sdbip.id()).with(user(PMS)).with(csrf()).param("vote", "V-998")
			.param("amount", "lots")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error", containsString("amount")));
		mvc.perform(get("/planning/sdbips/{id}/alignment", sdbip.id()).with(user(AUDITOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Budget vote with no KPI")))
			.andExpect(content().string(containsString("V-999")));
		mvc.perform(get("/planning/outcomes").with(user(PMS))).andExpect(status().isOk());
	}

	@Test
	void aRefusedCaptureIsExplainedInTurkishToATurkishReader() throws Exception {
		Sdbip sdbip = sdbips.create(organisations.findByCode("EC121").orElseThrow(), 2022, null,
				List.of(cumulative("T1", 10, 10, 10, 10, null)), null, false, "t");
		Kpi kpi = sdbips.kpis(sdbip.id()).get(0);
		today(2022, 8, 15);
		mvc.perform(post("/planning/kpis/{id}/actuals/1", kpi.id()).with(user(OFFICER)).with(csrf()).param("value", "8").param("lang", "tr"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error",
					containsString("sapma nedeni zorunludur")));
		mvc.perform(post("/planning/kpis/{id}/actuals/1", kpi.id()).with(user(OFFICER)).with(csrf()).param("value", "8").param("lang", "en"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error",
					containsString("varianceReason: is required when the actual differs from the target")));
	}
}
