package org.thusong.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.projects.internal.KnapsackTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registering and progressing projects with the rules a user expects, scope, import, events and the plan. */
@ThusongIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProjectsIntegrationTests {

	static final Scope MBHASHE = Scope.of("ZA/EC/DC12/EC121");

	static final Scope AMATHOLE = Scope.of("ZA/EC/DC12");

	@Autowired
	ProjectRegister register;

	@Autowired
	Projects projects;

	@Autowired
	InvestmentPlanner planner;

	@Autowired
	BacklogOutlooks outlooks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	static NewProject sanitation(String title, String ward, int households, long budget, String stage) {
		return new NewProject("EC121", title, "sanitation", List.of(ward), null, households, stage, BigDecimal.valueOf(budget), 0,
				LocalDate.now().minusMonths(6), LocalDate.now().plusMonths(6), null, null, null, 2,
				List.of(new Funding(FundingSource.MIG, LocalDate.now().getMonthValue() >= 7 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1,
						BigDecimal.valueOf(budget))));
	}

	@Test
	void registersAProjectInItsMunicipalityAndAnnouncesIt() {
		long id = register.register(MBHASHE, sanitation("VIP toilets ward 9", "21201009", 300, 4_000_000, "design"), "mbhashe.manager");
		Project project = projects.find(MBHASHE, id);
		assertThat(project.reference()).startsWith("EC121-P");
		assertThat(project.areaPath()).isEqualTo("ZA/EC/DC12/EC121");
		assertThat(project.wardCodes()).containsExactly("21201009");
		assertThat(project.funded()).isEqualByComparingTo("4000000");
		assertThat(events.stream(ProjectProgressReported.class)).anyMatch(e -> e.projectId() == id && e.households() == 300);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'project' AND entity_id = :ref").param("ref", project.reference())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void refusesWardsOutsideTheScopeOrAcrossMunicipalitiesAndSavesNothing() {
		int before = count();
		assertThatThrownBy(() -> register.register(MBHASHE, sanitation("Mnquma", "21202001", 10, 1_000, "design"), "x"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("outside your scope");
		NewProject across = new NewProject("DC12", "Two municipalities", "sanitation", List.of("21201001", "21202001"), null, 10, null,
				BigDecimal.TEN, 0, null, null, null, null, null, 0, List.of());
		assertThatThrownBy(() -> register.register(AMATHOLE, across, "x")).isInstanceOf(InvalidInput.class).hasMessageContaining("one municipality");
		assertThatThrownBy(() -> register.register(MBHASHE, sanitation("Negative", "21201009", -5, 1_000, "design"), "x"))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("households");
		assertThatThrownBy(() -> register.register(MBHASHE, sanitation("Bad stage", "21201009", 5, 1_000, "dreaming"), "x"))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("stage");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void progressGoingBackNeedsAReasonAndStagesOnlyMoveForward() {
		long id = register.register(MBHASHE, sanitation("Progressing", "21201010", 200, 2_000_000, "construction"), "x");
		register.reportProgress(MBHASHE, id, "construction", 60, "slabs cast", null, "x");
		assertThatThrownBy(() -> register.reportProgress(MBHASHE, id, "construction", 40, null, null, "x"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("from 60% to 40%");
		register.reportProgress(MBHASHE, id, "construction", 40, null, "two units demolished after a flood", "x");
		assertThat(projects.find(MBHASHE, id).progress()).isEqualTo(40);
		assertThatThrownBy(() -> register.reportProgress(MBHASHE, id, "design", 40, null, "why not", "x")).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> register.reportProgress(MBHASHE, id, "completed", 90, null, null, "x"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("100%");
		register.reportProgress(MBHASHE, id, "completed", 100, "handed over", null, "x");
		Project done = projects.find(MBHASHE, id);
		assertThat(done.stage()).isEqualTo(Stage.COMPLETED);
		assertThat(done.actualCompletion()).isNotNull();
		assertThat(done.updates()).hasSize(4);
	}

	@Test
	void expenditureAboveTheBudgetNeedsAReason() {
		long id = register.register(MBHASHE, sanitation("Spending", "21201011", 100, 1_000_000, "construction"), "x");
		YearMonth last = YearMonth.now().minusMonths(1);
		register.recordExpenditure(MBHASHE, id, last, BigDecimal.valueOf(900_000), null, "x");
		assertThatThrownBy(() -> register.recordExpenditure(MBHASHE, id, YearMonth.now(), BigDecimal.valueOf(200_000), null, "x"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("above the budget");
		assertThatThrownBy(() -> register.recordExpenditure(MBHASHE, id, YearMonth.now().plusMonths(2), BigDecimal.ONE, null, "x"))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("month");
		register.recordExpenditure(MBHASHE, id, YearMonth.now(), BigDecimal.valueOf(200_000), "variation order for rock excavation", "x");
		assertThat(projects.find(MBHASHE, id).spent()).isEqualByComparingTo("1100000");
	}

	@Test
	void aMunicipalitySeesOnlyItsOwnProjectsAndACoordinatorItsDistrict() {
		long mine = register.register(MBHASHE, sanitation("Mine", "21201012", 10, 100_000, "design"), "x");
		long theirs = register.register(AMATHOLE, new NewProject("EC122", "Mnquma's", "water", List.of("21202003"), null, 10, null,
				BigDecimal.valueOf(100_000), 0, null, null, null, null, null, 0, List.of()), "x");
		assertThat(projects.find(AMATHOLE, theirs).municipalityCode()).isEqualTo("EC122");
		assertThatThrownBy(() -> projects.find(MBHASHE, theirs)).isInstanceOf(NotFound.class);
		assertThat(projects.page(MBHASHE, new Projects.Filter(null, null, null, null, false), new PageRequestOf(0, 100), LocalDate.now()).items())
			.extracting(l -> l.project().id()).contains(mine).doesNotContain(theirs);
	}

	@Test
	void theOutlookMovesWhenAProjectIsCompleted() {
		Outlook before = outlooks.outlook(MBHASHE, "EC121", org.thusong.backlogs.BasicService.SANITATION);
		long id = register.register(MBHASHE, sanitation("Outlook", "21201013", 250, 500_000, "construction"), "x");
		Outlook planned = outlooks.outlook(MBHASHE, "EC121", org.thusong.backlogs.BasicService.SANITATION);
		assertThat(planned.planned()).isEqualTo(before.planned() + 250);
		assertThat(planned.backlog().surveyYear()).isEqualTo(2016);
		register.reportProgress(MBHASHE, id, "completed", 100, null, null, "x");
		Outlook after = outlooks.outlook(MBHASHE, "EC121", org.thusong.backlogs.BasicService.SANITATION);
		assertThat(after.completedSince()).isEqualTo(before.completedSince() + 250);
		assertThat(after.leftAfterCompleted()).isEqualTo(before.leftAfterCompleted() - 250);
	}

	@Test
	void thePlanIsTheBruteForceOptimumAndExplainsItsRunnersUp() {
		Scope scope = Scope.of("ZA/EC/DC12/EC124");
		long[] budgets = { 3_000_000, 5_000_000, 2_500_000, 4_000_000, 1_000_000, 6_000_000, 3_500_000 };
		int[] households = { 400, 700, 300, 650, 90, 800, 500 };
		List<String> wards = jdbc.sql("SELECT code FROM geography_area WHERE demarcation = 'ZA-2016' AND parent_code = 'EC124' ORDER BY code LIMIT 7")
			.query(String.class).list();
		for (int i = 0; i < budgets.length; i++) {
			register.register(scope, new NewProject("EC124", "Candidate " + i, "water", List.of(wards.get(i)), null, households[i], "planning",
					BigDecimal.valueOf(budgets[i]), 0, null, null, null, null, null, i % 4, List.of()), "x");
		}
		InvestmentPlan plan = planner.plan(scope, BigDecimal.valueOf(10_000_000), null);
		long[] costs = plan.candidates().stream().mapToLong(c -> c.project().budget().longValue() * 100).toArray();
		long[] values = plan.candidates().stream().mapToLong(c -> Math.round(c.score() * 100)).toArray();
		assertThat(Math.round(plan.chosenScore() * 100)).isEqualTo(KnapsackTests.bruteForce(costs, values, 1_000_000_000L));
		assertThat(plan.chosenCost()).isLessThanOrEqualTo(BigDecimal.valueOf(10_000_000));
		assertThat(plan.chosenScore()).isGreaterThanOrEqualTo(plan.greedyScore());
		assertThat(plan.runnersUp()).isNotEmpty().allSatisfy(r -> assertThat(r.scoreLost()).isGreaterThanOrEqualTo(0));
		assertThatThrownBy(() -> planner.plan(scope, BigDecimal.ZERO, null)).isInstanceOf(InvalidInput.class).hasMessageContaining("budget");
		assertThatThrownBy(() -> planner.plan(Scope.of("ZA/WC"), BigDecimal.TEN, null)).isInstanceOf(NoCandidates.class)
			.hasMessageContaining("No candidate projects");
	}

	@Test
	void importChecksEveryLineInADryRunAndImportsAllOrNothing() throws Exception {
		RequestPostProcessor manager = user(new ThusongUser(2, "mbhashe.manager", "M", Set.of(Role.MANAGER), "EC121", MBHASHE, false, "x"));
		String good = """
				owner_code,title,service,wards,households,stage,budget,progress,start_date,planned_completion,funding_source,financial_year,funding_amount
				EC121,Imported one,sanitation,21201020;21201021,120,planning,1500000,0,2026-07-01,2027-06-30,MIG,2026,1500000
				EC121,Imported two,water,21201022,80,design,900000,0,,,,,
				""";
		String bad = good + "EC121,Imported three,sanitation,21299999,10,planning,100,0,,,,,\nEC121,,water,21201022,-4,design,900000,0,,,,,\n";
		int before = count();
		mvc.perform(multipart("/projects/import").file(new MockMultipartFile("file", "p.csv", "text/csv", bad.getBytes())).with(manager).with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(allOf(containsString("line 4: wards"), containsString("line 5: title"))));
		assertThat(count()).isEqualTo(before);
		mvc.perform(multipart("/projects/import").file(new MockMultipartFile("file", "p.csv", "text/csv", good.getBytes())).param("dryRun", "true")
			.with(manager).with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("2 projects would be imported")));
		assertThat(count()).isEqualTo(before);
		mvc.perform(multipart("/projects/import").file(new MockMultipartFile("file", "p.csv", "text/csv", good.getBytes())).with(manager).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("2 projects were imported")));
		assertThat(count()).isEqualTo(before + 2);
	}

	@Test
	void theApiAndPagesSayWhatIsWrong() throws Exception {
		RequestPostProcessor manager = user(new ThusongUser(2, "mbhashe.manager", "M", Set.of(Role.MANAGER), "EC121", MBHASHE, false, "x"));
		mvc.perform(post("/api/v1/projects").with(manager).contentType("application/json")
			.content("{\"ownerCode\":\"EC121\",\"title\":\"API\",\"service\":\"sanitation\",\"wardCodes\":[\"21201030\"],\"households\":50,\"budget\":250000}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.project.reference").value(org.hamcrest.Matchers.startsWith("EC121-P")))
			.andExpect(jsonPath("$.health.overall").exists());
		mvc.perform(post("/api/v1/projects").with(manager).contentType("application/json")
			.content("{\"ownerCode\":\"EC121\",\"title\":\"API\",\"service\":\"gold\",\"wardCodes\":[\"21201030\"],\"households\":50,\"budget\":250000}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.service").exists());
		mvc.perform(get("/api/v1/projects/plan").param("budget", "0").with(manager)).andExpect(status().isBadRequest());
		mvc.perform(get("/projects/plan").param("budget", "0").with(manager)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("budget: must be more than R 0")));
		mvc.perform(post("/projects").with(manager).with(csrf()).param("ownerCode", "EC121").param("title", "Form").param("service", "water")
			.param("wards", "21201030").param("households", "many").param("budget", "100"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("households: must be a whole number")));
		mvc.perform(get("/projects/99999").with(manager)).andExpect(status().isNotFound());
		RequestPostProcessor amatholeAdmin = user(new ThusongUser(4, "amathole.admin", "A", Set.of(Role.ADMIN), "DC12", AMATHOLE, false, "x"));
		mvc.perform(post("/projects/plan/weights").with(amatholeAdmin).with(csrf()).param("weight-GROWTH", "90")).andExpect(status().isForbidden());
		RequestPostProcessor admin = user(new ThusongUser(1, "admin", "Admin", Set.of(Role.ADMIN), null, Scope.everything(), false, "x"));
		mvc.perform(post("/projects/plan/weights").with(admin).with(csrf()).param("weight-GROWTH", "-1")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("weight.growth")));
		mvc.perform(post("/projects/plan/weights").with(admin).with(csrf()).param("weight-GROWTH", "30").param("weight-HOUSEHOLDS", "30")
			.param("weight-REQUESTS", "20").param("weight-BACKLOG_PER_RAND", "20")).andExpect(status().is3xxRedirection());
		assertThat(planner.weights().get(Criterion.GROWTH)).isEqualByComparingTo("30");
		mvc.perform(get("/api/v1/projects/outlook").param("area", "EC121").with(manager)).andExpect(status().isOk())
			.andExpect(jsonPath("$.backlog.surveyYear").value(2016));
	}

	@Test
	void aProjectIsAmendedWithTheSameRulesButKeepsItsStageAndProgress() throws Exception {
		long id = register.register(MBHASHE, sanitation("Before", "21201016", 100, 1_000_000, "construction"), "x");
		register.reportProgress(MBHASHE, id, "construction", 35, null, null, "x");
		RequestPostProcessor manager = user(new ThusongUser(2, "mbhashe.manager", "M", Set.of(Role.MANAGER), "EC121", MBHASHE, false, "x"));
		mvc.perform(get("/projects/" + id + "/edit").with(manager)).andExpect(status().isOk()).andExpect(content().string(containsString("Before")));
		mvc.perform(post("/projects/" + id + "/edit").with(manager).with(csrf()).param("ownerCode", "EC121").param("title", "After")
			.param("service", "sanitation").param("wards", "21201016; 21201017").param("households", "180").param("budget", "1500000")
			.param("growthPotential", "4")).andExpect(status().is3xxRedirection());
		Project after = projects.find(MBHASHE, id);
		assertThat(after.title()).isEqualTo("After");
		assertThat(after.wardCodes()).containsExactly("21201016", "21201017");
		assertThat(after.households()).isEqualTo(180);
		assertThat(after.stage()).isEqualTo(Stage.CONSTRUCTION);
		assertThat(after.progress()).isEqualTo(35);
		mvc.perform(post("/projects/" + id + "/edit").with(manager).with(csrf()).param("ownerCode", "EC121").param("title", "After")
			.param("service", "sanitation").param("wards", "21202001").param("households", "180").param("budget", "1500000"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("outside your scope")));
		assertThat(projects.find(MBHASHE, id).wardCodes()).containsExactly("21201016", "21201017");
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher publisher;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void requestsFromTheRequestsModuleCountTowardsTheirBasicService() throws Exception {
		LocalDate month = LocalDate.now().withDayOfMonth(1);
		transactions.executeWithoutResult(status -> publisher.publishEvent(
				new org.thusong.requests.AreaNeedsCounted("EC121", "ZA/EC/DC12/EC121", "21201015", "no-water", month, 3)));
		transactions.executeWithoutResult(status -> publisher.publishEvent(
				new org.thusong.requests.AreaNeedsCounted("EC121", "ZA/EC/DC12/EC121", "21201015", "water-leak", month, 2)));
		long deadline = System.currentTimeMillis() + 10_000;
		while (projects.requestsFrom(List.of("21201015"), org.thusong.backlogs.BasicService.WATER, LocalDate.now()) < 5
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(projects.requestsFrom(List.of("21201015"), org.thusong.backlogs.BasicService.WATER, LocalDate.now())).isEqualTo(5);
		assertThat(projects.requestsFrom(List.of("21201015"), org.thusong.backlogs.BasicService.SANITATION, LocalDate.now())).isZero();
	}

	private int count() {
		return jdbc.sql("SELECT count(*) FROM project").query(Integer.class).single();
	}
}
