package org.thusong.indicators;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.requests.Channel;
import org.thusong.requests.FiledBy;
import org.thusong.requests.NewServiceRequest;
import org.thusong.requests.RequestDesk;
import org.thusong.requests.RequestKind;
import org.thusong.requests.RequestTallies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The central database: the Circular 88 library, roll-ups by each element's rule over areas and
 * periods, indicator formulas, DHIS2 data value sets in and out, and request volumes arriving as
 * values. Mbhashe (EC121) has wards 21201001..; Amathole (DC12) holds Mbhashe and Mnquma (EC122).
 */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class IndicatorsIntegrationTests {

	static final String MBHASHE = "ZA/EC/DC12/EC121";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorLibrary library;

	@Autowired
	IndicatorValues values;

	static RequestPostProcessor coordinator() {
		return user(new ThusongUser(70, "ec.coordinator", "EC coordinator", Set.of(Role.COORDINATOR), "EC",
				Scope.of("ZA/EC"), false, "x"));
	}

	static RequestPostProcessor mbhasheManager() {
		return user(new ThusongUser(71, "mbhashe.manager", "Manager", Set.of(Role.MANAGER), "EC121", Scope.of(MBHASHE),
				false, "x"));
	}

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM indicator_value WHERE source <> 'requests' AND source NOT LIKE 'backlogs%'").update();
	}

	String send(String body, MediaType type, boolean dryRun, int expected) throws Exception {
		return mvc.perform(post("/api/v1/dataValueSets").param("dryRun", String.valueOf(dryRun)).contentType(type)
				.content(body).with(coordinator()))
			.andExpect(status().is(expected))
			.andReturn().getResponse().getContentAsString();
	}

	static String json(String... values) {
		return "{\"dataValues\": [" + String.join(",", values) + "]}";
	}

	static String value(String element, String period, String orgUnit, String value) {
		return "{\"dataElement\":\"" + element + "\",\"period\":\"" + period + "\",\"orgUnit\":\"" + orgUnit
				+ "\",\"value\":\"" + value + "\"}";
	}

	@Test
	void shipsTheCircular88Library() {
		assertThat(jdbc.sql("SELECT count(*) FROM indicator WHERE origin = 'circular88'").query(Long.class).single())
			.isEqualTo(138);
		// The file's 317 element rows repeat 16 (e.g. EE4.1(4) twice): 301 distinct data elements.
		assertThat(jdbc.sql("SELECT count(*) FROM indicator_data_element WHERE origin = 'circular88'").query(Long.class)
			.single()).isEqualTo(301);
		Indicator electricity = library.indicator("EE1.1").orElseThrow();
		assertThat(electricity.numerator()).containsExactly("+EE1.1(1)");
		assertThat(electricity.denominator()).containsExactly("+EE1.1(2)");
		assertThat(electricity.factor()).isEqualByComparingTo("100");
	}

	@Test
	void rollsUpOverAreasAndPeriodsByEachElementsRule() throws Exception {
		send(json(value("EE1.1(1)", "2025July", "21201001", "300"), value("EE1.1(1)", "2025July", "21201002", "200"),
				value("EE1.1(2)", "2025July", "21201001", "400"), value("EE1.1(2)", "2025July", "21201002", "600"),
				value("EE1.1(1)", "2025July", "EC122", "900"), value("EE1.1(2)", "2025July", "EC122", "1000")),
				MediaType.APPLICATION_JSON, false, 200);
		DataElement households = library.element("EE1.1(1)").orElseThrow();
		Period year = Period.parse("2025July", "period");
		assertThat(values.total(households, MBHASHE, year)).contains(new BigDecimal("500"));
		assertThat(values.total(households, "ZA/EC/DC12", year)).contains(new BigDecimal("1400"));
		// The indicator: (300 + 200) / (400 + 600) × 100 for Mbhashe; (500 + 900) / 2000 for Amathole.
		Indicator electricity = library.indicator("EE1.1").orElseThrow();
		assertThat(values.figure(electricity, MBHASHE, year).value()).isEqualByComparingTo("50");
		assertThat(values.figure(electricity, "ZA/EC/DC12", year).value()).isEqualByComparingTo("70");
		assertThat(values.figure(electricity, "ZA/EC/DC12/EC123", year).missing()).contains("EE1.1(1)");

		// A municipality's own figure stands for its wards: it is used, not added to them.
		send(json(value("EE1.1(1)", "2025July", "EC121", "550")), MediaType.APPLICATION_JSON, false, 200);
		assertThat(values.total(households, MBHASHE, year)).contains(new BigDecimal("550"));
		assertThat(values.total(households, "ZA/EC/DC12", year)).contains(new BigDecimal("1450"));

		// Over periods: months add up to the quarter (SUM); a stock takes its latest month (LAST); a rate averages.
		library.ensureElement("TEST.SUM", "Connections made", Aggregation.SUM, "test");
		library.ensureElement("TEST.LAST", "Households on the waiting list as at month end", Aggregation.LAST, "test");
		library.ensureElement("TEST.AVG", "Average days to connect", Aggregation.AVERAGE, "test");
		send(json(value("TEST.SUM", "202507", "21201001", "5"), value("TEST.SUM", "202508", "21201001", "7"),
				value("TEST.SUM", "202508", "21201002", "1"), value("TEST.LAST", "202507", "21201001", "40"),
				value("TEST.LAST", "202509", "21201001", "30"), value("TEST.LAST", "202508", "21201002", "10"),
				value("TEST.AVG", "202507", "21201001", "4"), value("TEST.AVG", "202508", "21201002", "8")),
				MediaType.APPLICATION_JSON, false, 200);
		Period q = Period.parse("2025Q3", "period");
		assertThat(values.total(library.element("TEST.SUM").orElseThrow(), MBHASHE, q)).contains(new BigDecimal("13"));
		assertThat(values.total(library.element("TEST.LAST").orElseThrow(), MBHASHE, q)).contains(new BigDecimal("40"));
		assertThat(values.total(library.element("TEST.AVG").orElseThrow(), MBHASHE, q).orElseThrow())
			.isEqualByComparingTo("6");
		assertThat(values.total(library.element("TEST.SUM").orElseThrow(), MBHASHE, Period.parse("2025Q4", "period")))
			.isEmpty();
		// Read many at once (a data request's page), each by its own rule, in the order asked.
		assertThat(values.totals(java.util.List.of(
				new IndicatorValues.Wanted(library.element("TEST.LAST").orElseThrow(), MBHASHE, q),
				new IndicatorValues.Wanted(library.element("TEST.SUM").orElseThrow(), MBHASHE, Period.parse("2025Q4", "period")),
				new IndicatorValues.Wanted(library.element("TEST.AVG").orElseThrow(), MBHASHE, q),
				new IndicatorValues.Wanted(library.element("TEST.SUM").orElseThrow(), MBHASHE, q),
				new IndicatorValues.Wanted(households, "ZA/EC/DC12", year))))
			.usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
			.containsExactly(new BigDecimal("40"), null, new BigDecimal("6"), new BigDecimal("13"), new BigDecimal("1450"));

		mvc.perform(get("/api/v1/indicators/EE1.1/figures").param("area", "DC12").param("period", "2025July").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.figure.value").value(72.5))
			.andExpect(jsonPath("$.parts[?(@.areaCode == 'EC121')].figure.value").value(hasItem(55)));
	}

	@Test
	void anImportWithAnyConflictKeepsNothingAndNamesEachProblem() throws Exception {
		String body = json(value("EE1.1(1)", "2025July", "21201001", "300"), value("NOPE(1)", "2025July", "21201001", "1"),
				value("EE1.1(1)", "2025-07", "21201001", "1"), value("EE1.1(1)", "2025July", "ZZ999", "1"),
				value("EE1.1(1)", "2025July", "TR24-1318", "1"), value("EE1.1(1)", "2025July", "21201002", "many"));
		String summary = send(body, MediaType.APPLICATION_JSON, false, 409);
		assertThat(summary).contains("\"status\":\"ERROR\"").contains("NOPE(1)").contains("2025-07").contains("ZZ999")
			.contains("TR24-1318").contains("'many' is not a number").contains("dataValues[1]");
		assertThat(jdbc.sql("SELECT count(*) FROM indicator_value WHERE source <> 'requests' AND source NOT LIKE 'backlogs%'").query(Long.class).single())
			.isZero();
		mvc.perform(post("/api/v1/dataValueSets").contentType(MediaType.APPLICATION_JSON).content("{not json")
				.with(coordinator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not valid JSON")));
		mvc.perform(post("/api/v1/dataValueSets").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(user(new ThusongUser(72, "officer", "Officer", Set.of(Role.OFFICER), "EC121", Scope.of(MBHASHE), false,
						"x"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDryRunCountsAndKeepsNothingThenTheImportCountsNewChangedAndSame() throws Exception {
		String body = json(value("EE1.1(1)", "2025July", "21201001", "300"), value("EE1.1(2)", "2025July", "21201001", "400"));
		String dry = send(body, MediaType.APPLICATION_JSON, true, 200);
		assertThat(dry).contains("\"dryRun\":true").contains("\"imported\":2");
		assertThat(jdbc.sql("SELECT count(*) FROM indicator_value WHERE source <> 'requests' AND source NOT LIKE 'backlogs%'").query(Long.class).single())
			.isZero();
		assertThat(send(body, MediaType.APPLICATION_JSON, false, 200)).contains("\"imported\":2");
		String again = json(value("EE1.1(1)", "2025July", "21201001", "310"), value("EE1.1(2)", "2025July", "21201001", "400"));
		assertThat(send(again, MediaType.APPLICATION_JSON, false, 200)).contains("\"imported\":0").contains("\"updated\":1")
			.contains("\"ignored\":1");
	}

	@Test
	void aWardOfAnEarlierDemarcationTakesItsValuesAndTheyComeBackTheSame() throws Exception {
		// 21204016 is a ward of Amahlathi in 2011 that the 2016 demarcation redrew away.
		assertThat(send("dataElement,period,orgUnit,value\nEE1.1(1),2011,21204016,812\n", MediaType.parseMediaType("text/csv"),
				false, 200)).contains("\"imported\":1");
		String csv = mvc.perform(get("/api/v1/dataValueSets.csv").param("dataElement", "EE1.1(1)").param("period", "2011")
				.with(coordinator()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("EE1.1(1),2011,21204016,812");
		mvc.perform(get("/api/v1/dataValueSets").param("orgUnit", "21204016").param("dataElement", "EE1.1(1)").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataValues[0].value").value(812));
		assertThat(send(csv, MediaType.parseMediaType("text/csv"), false, 200)).contains("\"ignored\":1");
	}

	@Test
	void theSameNewValueStoredByTwoTransactionsAtOnceIsKeptOnceAndTheLaterWins(
			@Autowired org.springframework.transaction.support.TransactionTemplate transactions) throws Exception {
		Period year = Period.parse("2024", "period");
		java.util.concurrent.CountDownLatch firstStored = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			java.util.concurrent.Future<?> first = other.submit(() -> transactions.executeWithoutResult(t -> {
				values.store(java.util.List.of(new IndicatorValues.NewValue("EE1.1(1)", "21201001", MBHASHE + "/21201001", year,
						BigDecimal.ONE, null)), "test first", null);
				firstStored.countDown();
				try {
					Thread.sleep(1_000); // the second merge meets this uncommitted new value and waits for it
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(firstStored.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			IndicatorValues.Stored second = values.store(java.util.List.of(new IndicatorValues.NewValue("EE1.1(1)", "21201001",
					MBHASHE + "/21201001", year, BigDecimal.valueOf(2), null)), "test second", null);
			first.get(20, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(second.updated()).isEqualTo(1);
		}
		finally {
			other.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT value FROM indicator_value WHERE data_element = 'EE1.1(1)' AND area_code = '21201001'"
				+ " AND period = '2024'").query(BigDecimal.class).list()).containsExactly(new BigDecimal("2"));
	}

	@Test
	void aValueGivenTwiceInOneFileKeepsTheLastOne() throws Exception {
		String csv = """
				dataElement,period,orgUnit,value
				EE1.1(1),2025July,21201001,300
				EE1.1(1),2025July,21201002,5
				ee1.1(1),2025July,21201001,1
				EE1.1(1),2025July,21201001,320
				""";
		assertThat(send(csv, MediaType.parseMediaType("text/csv"), false, 409)).contains("ee1.1(1)");
		String fixed = csv.replace("ee1.1(1)", "EE1.1(1)");
		assertThat(send(fixed, MediaType.parseMediaType("text/csv"), false, 200)).contains("\"imported\":2")
			.contains("\"ignored\":2");
		assertThat(jdbc.sql("SELECT value FROM indicator_value WHERE data_element = 'EE1.1(1)' AND area_code = '21201001'")
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("320");
	}

	@Test
	void valuesGoOutAsDhis2CsvAndComeBackTheSame() throws Exception {
		send(json(value("EE1.1(1)", "2025July", "21201001", "300"), value("EE1.1(2)", "2025July", "21201001", "400"),
				value("EE1.1(1)", "2025Q1", "EC121", "12.5")), MediaType.APPLICATION_JSON, false, 200);
		// (Request volumes counted by other tests of this class are values of EC121 too: ask for EE1.1's.)
		mvc.perform(get("/api/v1/dataValueSets").param("orgUnit", "EC121").param("children", "true")
				.param("dataElement", "EE1.1(1)", "EE1.1(2)").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataValues", hasSize(3)));
		mvc.perform(get("/api/v1/dataValueSets").param("orgUnit", "EC121").with(mbhasheManager()))
			.andExpect(jsonPath("$.dataValues", hasSize(1)))
			.andExpect(jsonPath("$.dataValues[0].period").value("2025Q1"));
		mvc.perform(get("/api/v1/dataValueSets").param("dataElement", "EE1.1(2)").with(mbhasheManager()))
			.andExpect(jsonPath("$.dataValues", hasSize(1)));
		mvc.perform(get("/api/v1/dataValueSets").param("period", "2025-1").with(mbhasheManager()))
			.andExpect(status().isBadRequest());
		String csv = mvc.perform(get("/api/v1/dataValueSets.csv").param("orgUnit", "EC121").param("children", "true")
				.param("dataElement", "EE1.1(1)", "EE1.1(2)").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("dataElement,period,orgUnit,value").contains("EE1.1(1),2025July,21201001,300");

		Map<String, Object> before = jdbc.sql("SELECT string_agg(data_element || area_code || period || value, ';' ORDER BY data_element || area_code || period || value) AS v"
				+ " FROM indicator_value WHERE source <> 'requests' AND source NOT LIKE 'backlogs%'").query().singleRow();
		jdbc.sql("DELETE FROM indicator_value WHERE source <> 'requests' AND source NOT LIKE 'backlogs%'").update();
		assertThat(send(csv, MediaType.parseMediaType("text/csv"), false, 200)).contains("\"imported\":3");
		Map<String, Object> after = jdbc.sql("SELECT string_agg(data_element || area_code || period || value, ';' ORDER BY data_element || area_code || period || value) AS v"
				+ " FROM indicator_value WHERE source <> 'requests' AND source NOT LIKE 'backlogs%'").query().singleRow();
		assertThat(after).isEqualTo(before);
		// Out of scope: Mnquma's values do not exist for a Mbhashe manager.
		mvc.perform(get("/api/v1/dataValueSets").param("orgUnit", "EC122").with(mbhasheManager()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void requestVolumesArriveAsValues(@Autowired RequestDesk desk, @Autowired RequestTallies tallies) throws Exception {
		desk.file(new NewServiceRequest("EC121", "pothole", RequestKind.REQUEST, "Hole", -32.10, 28.31, null, null, null, null,
				null, null, FiledBy.CITIZEN, Channel.WEB, Map.of("size", java.util.List.of("large"))), null);
		tallies.recountNow();
		long deadline = System.currentTimeMillis() + 20_000;
		Long count = 0L;
		while (System.currentTimeMillis() < deadline && count == 0) {
			count = jdbc.sql("SELECT count(*) FROM indicator_value WHERE data_element = 'REQ.pothole' AND area_code = '21201009'")
				.query(Long.class).single();
			Thread.sleep(100);
		}
		assertThat(count).isEqualTo(1);
		assertThat(values.total(library.element("REQ.pothole").orElseThrow(), MBHASHE,
				Period.month(java.time.LocalDate.now(java.time.ZoneId.of("Africa/Johannesburg")))).orElseThrow())
			.isGreaterThanOrEqualTo(BigDecimal.ONE);
	}

	@Test
	void requestsOnTimeArriveAsValuesAndRollUpToAShare(@Autowired org.springframework.context.ApplicationEventPublisher events,
			@Autowired org.springframework.transaction.support.TransactionTemplate transactions) throws Exception {
		java.time.LocalDate march = java.time.LocalDate.of(2025, 3, 1);
		transactions.executeWithoutResult(t -> {
			events.publishEvent(new org.thusong.requests.ServiceLevelsCounted("EC121", MBHASHE + "/21201009", "21201009",
					"water-leak", march, 3, 1));
			events.publishEvent(new org.thusong.requests.ServiceLevelsCounted("EC121", MBHASHE + "/21201010", "21201010",
					"water-leak", march.plusMonths(1), 1, 3));
		});
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline && library.indicator("REQ.ONTIME.water-leak").isEmpty()) {
			Thread.sleep(100);
		}
		Indicator onTime = library.indicator("REQ.ONTIME.water-leak").orElseThrow();
		while (System.currentTimeMillis() < deadline
				&& values.figure(onTime, MBHASHE, Period.parse("2025", "period")).value() == null) {
			Thread.sleep(100);
		}
		// March: 3 of 4 on time; the year: 4 of 8.
		assertThat(values.figure(onTime, MBHASHE, Period.parse("202503", "period")).value()).isEqualByComparingTo("75");
		assertThat(values.figure(onTime, MBHASHE, Period.parse("2025", "period")).value()).isEqualByComparingTo("50");
	}

	@Test
	void backlogsArriveAsValuesAndTheIndicatorMatchesTheBacklogPages(@Autowired org.thusong.backlogs.Backlogs backlogs,
			@Autowired org.thusong.geography.Areas areas) {
		org.thusong.geography.AreaSummary mbhashe = areas.find("EC121").orElseThrow();
		org.thusong.backlogs.BacklogFigure figure = backlogs.latest(mbhashe, org.thusong.backlogs.BasicService.SANITATION)
			.orElseThrow();
		Indicator backlog = library.indicator("BACKLOG.sanitation." + figure.unit()).orElseThrow();
		IndicatorValues.Figure computed = values.figure(backlog, MBHASHE,
				Period.parse(String.valueOf(figure.surveyYear()), "period"));
		assertThat(computed.numerator()).isEqualByComparingTo(BigDecimal.valueOf(figure.belowNorm()));
		assertThat(computed.denominator()).isEqualByComparingTo(BigDecimal.valueOf(figure.classed()));
		assertThat(computed.value().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(figure.percent());
		// The 2011 census is held on the wards of 2011 and of 2016: its values come from one of them only.
		assertThat(jdbc.sql("SELECT DISTINCT source FROM indicator_value WHERE data_element = 'BACKLOG.water.persons.BELOW'"
				+ " AND period = '2011'").query(String.class).list()).containsExactly("backlogs (ZA-2016)");
	}

	@Test
	void approvedKpiActualsArriveAsQuarterValues(@Autowired org.springframework.context.ApplicationEventPublisher events,
			@Autowired org.springframework.transaction.support.TransactionTemplate transactions) throws Exception {
		// Mbhashe's 2025/26 second quarter (October to December 2025) is the calendar quarter 2025Q4.
		transactions.executeWithoutResult(t -> events.publishEvent(new org.thusong.planning.ActualApproved(1, -1, "TL7", "EC121",
				MBHASHE, 2025, 2, new BigDecimal("431"), "households")));
		long deadline = System.currentTimeMillis() + 20_000;
		java.util.List<String> periods = java.util.List.of();
		while (System.currentTimeMillis() < deadline && periods.isEmpty()) {
			periods = jdbc.sql("SELECT period || ' ' || value || ' ' || area_code FROM indicator_value WHERE data_element = 'KPI.EC121.TL7'")
				.query(String.class).list();
			Thread.sleep(100);
		}
		assertThat(periods).containsExactly("2025Q4 431 EC121");
		assertThat(library.element("KPI.EC121.TL7").orElseThrow().origin()).isEqualTo("planning");
	}

	@Test
	void projectBudgetsAndSpendingArriveAsMunicipalValues(@Autowired org.thusong.projects.ProjectRegister register)
			throws Exception {
		register.register(Scope.of(MBHASHE), new org.thusong.projects.NewProject("EC121", "Borehole pumps", "water",
				java.util.List.of("21201009"), null, 50, null, new BigDecimal("750000"), 0, null, null, null, null, null, 0,
				java.util.List.of()), "test");
		long deadline = System.currentTimeMillis() + 20_000;
		java.util.List<BigDecimal> budgets = java.util.List.of();
		while (System.currentTimeMillis() < deadline && budgets.isEmpty()) {
			budgets = jdbc.sql("SELECT value FROM indicator_value WHERE data_element = 'PROJ.BUDGET.water' AND area_code = 'EC121'")
				.query(BigDecimal.class).list();
			Thread.sleep(100);
		}
		assertThat(budgets).singleElement().satisfies(b -> assertThat(b).isGreaterThanOrEqualTo(new BigDecimal("750000")));
		assertThat(library.element("PROJ.SPENT.water").orElseThrow().aggregation()).isEqualTo(Aggregation.LAST);
	}

	@Test
	void pagesShowTheLibraryAndAnIndicatorsFigures() throws Exception {
		send(json(value("EE1.1(1)", "2025July", "21201001", "300"), value("EE1.1(2)", "2025July", "21201001", "400")),
				MediaType.APPLICATION_JSON, false, 200);
		mvc.perform(get("/indicators").param("q", "electricity").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("EE1.1")));
		mvc.perform(get("/indicators/EE1.1").param("area", "EC121").param("period", "2025July").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figures\"")))
			.andExpect(content().string(containsString("id=\"indicator-map\"")))
			.andExpect(content().string(containsString("75")));
		mvc.perform(get("/indicators/EE1.1").param("area", "EC121").param("period", "July").with(mbhasheManager()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a period")));
		mvc.perform(get("/indicators/EE3.2").with(mbhasheManager()))
			.andExpect(content().string(containsString("id=\"not-computable\"")));
		mvc.perform(get("/indicators").param("lang", "tr").with(mbhasheManager()))
			.andExpect(content().string(containsString("Göstergeler")));
		mvc.perform(get("/indicators/NOPE").with(mbhasheManager())).andExpect(status().isNotFound());
	}
}
