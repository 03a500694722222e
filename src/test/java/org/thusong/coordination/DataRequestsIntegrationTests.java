package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Three departments ask overlapping things of Amathole's municipalities: what the central
 * database holds is answered at once, what two requests both want is asked once, each
 * municipality answers everything in one form, and the answers reach every request.
 */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class DataRequestsIntegrationTests {

	static final ThusongUser PROVINCE = new ThusongUser(80, "ec.coordinator", "Province", Set.of(Role.COORDINATOR), "DC12",
			Scope.of("ZA/EC/DC12"), false, "x");

	static final ThusongUser MBHASHE_PMS = new ThusongUser(81, "mbhashe.pms", "PMS", Set.of(Role.PMS_OFFICER), "EC121",
			Scope.of("ZA/EC/DC12/EC121"), false, "x");

	@Autowired
	DataRequests requests;

	@Autowired
	IndicatorValues values;

	@Autowired
	MockMvc mvc;

	static LocalDate due() {
		return LocalDate.now().plusDays(30);
	}

	@Test
	void consolidatesOverlappingRequestsIntoOneFormPerMunicipality() throws Exception {
		DataRequests.Burden before = burdenOfMbhashe();
		// The database already holds Mbhashe's electrified households for 2025/26.
		values.store(List.of(new IndicatorValues.NewValue("EE1.1(1)", "EC121", "ZA/EC/DC12/EC121",
				Period.parse("2025July", "period"), new BigDecimal("41000"), null)), "test", "test");

		DataRequestView first = requests.file(new NewDataRequest("Electricity access", List.of("EE1.1(1)", "EE1.1(2)"),
				List.of(), List.of("2025July"), List.of("EC121", "EC122"), due()), PROVINCE);
		assertThat(first.cells()).hasSize(4);
		assertThat(first.cells()).filteredOn(c -> c.how() == DataRequestView.How.DATABASE)
			.singleElement()
			.satisfies(c -> {
				assertThat(c.municipality()).isEqualTo("EC121");
				assertThat(c.value()).isEqualByComparingTo("41000");
				assertThat(c.answered()).isTrue();
			});

		DataRequestView second = requests.file(new NewDataRequest("Households", List.of("EE1.1(2)"),
				List.of(new NewDataRequest.NewItem("DEMO.BOREHOLES", "Working boreholes", "Boreholes delivering water on the last day")),
				List.of("2025July"), List.of("EC121"), due()), PROVINCE);
		assertThat(second.cells()).extracting(DataRequestView.Cell::dataElement, DataRequestView.Cell::how)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("EE1.1(2)", DataRequestView.How.MERGED),
					org.assertj.core.groups.Tuple.tuple("DEMO.BOREHOLES", DataRequestView.How.ASKED));

		DataRequestView third = requests.file(new NewDataRequest("Same again", List.of("EE1.1(1)", "EE1.1(2)"), List.of(),
				List.of("2025July"), List.of("EC121"), due()), PROVINCE);
		assertThat(third.cells()).extracting(DataRequestView.Cell::how)
			.containsExactlyInAnyOrder(DataRequestView.How.DATABASE, DataRequestView.How.MERGED);

		// Mbhashe's one form: households (wanted by three requests) once, and the boreholes.
		List<Ask> asks = requests.openAsks("EC121");
		assertThat(asks).extracting(Ask::dataElement).containsExactlyInAnyOrder("EE1.1(2)", "DEMO.BOREHOLES");
		assertThat(asks).filteredOn(a -> a.dataElement().equals("EE1.1(2)")).singleElement()
			.satisfies(a -> assertThat(a.requests()).containsExactlyInAnyOrder(first.reference(), second.reference(),
					third.reference()));

		// A bad answer keeps nothing; then the answers reach every request.
		long households = asks.stream().filter(a -> a.dataElement().equals("EE1.1(2)")).findFirst().orElseThrow().id();
		long boreholes = asks.stream().filter(a -> a.dataElement().equals("DEMO.BOREHOLES")).findFirst().orElseThrow().id();
		assertThatThrownBy(() -> requests.answer("EC121", Map.of(households, "52000", boreholes, "a few"), MBHASHE_PMS))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("not a number");
		assertThat(requests.openAsks("EC121")).hasSize(2);
		assertThat(requests.answer("EC121", Map.of(households, "52 000", boreholes, ""), MBHASHE_PMS)).isEqualTo(1);
		assertThat(requests.openAsks("EC121")).extracting(Ask::dataElement).containsExactly("DEMO.BOREHOLES");
		for (DataRequestView view : List.of(first, second, third)) {
			assertThat(requests.find(view.reference(), PROVINCE.scope()).orElseThrow().cells())
				.filteredOn(c -> c.municipality().equals("EC121") && c.dataElement().equals("EE1.1(2)"))
				.singleElement().satisfies(c -> assertThat(c.value()).isEqualByComparingTo("52000"));
		}
		// A municipality's official cannot answer another's questions.
		assertThatThrownBy(() -> requests.answer("EC122", Map.of(1L, "5"), MBHASHE_PMS))
			.isInstanceOf(org.thusong.core.NotFound.class);

		// The burden: Mbhashe was asked 6 values, 2 answered from the database, 2 asked of it.
		DataRequests.Burden after = burdenOfMbhashe();
		assertThat(after.asked() - before.asked()).isEqualTo(6);
		assertThat(after.fromDatabase() - before.fromDatabase()).isEqualTo(2);
		assertThat(after.itHadToAnswer() - before.itHadToAnswer()).isEqualTo(2);
		// Scope: Mbhashe's official does not see the province's requests.
		assertThat(requests.find(first.reference(), MBHASHE_PMS.scope())).isEmpty();
	}

	DataRequests.Burden burdenOfMbhashe() {
		return requests.burden(PROVINCE.scope()).stream().filter(b -> b.municipality().equals("EC121")).findFirst()
			.orElse(new DataRequests.Burden("EC121", "Mbhashe", "", 0, 0, 0));
	}

	@Test
	void overdueQuestionsAreRemindedOnceAWeek(@Autowired DataRequestReminders reminders,
			@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		requests.file(new NewDataRequest("Overdue soon", List.of("EE1.1(2)"), List.of(), List.of("2024July"), List.of("EC123"),
				due()), PROVINCE);
		jdbc.sql("UPDATE coordination_ask SET due_on = current_date - 3 WHERE municipality_code = 'EC123' AND answered_at IS NULL")
			.update();
		assertThat(reminders.remindOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM coordination_ask WHERE municipality_code = 'EC123' AND reminded_at IS NULL"
				+ " AND answered_at IS NULL").query(Long.class).single()).isZero();
		// Not again within the week.
		assertThat(reminders.remindOverdue()).isZero();
	}

	@Test
	void badRequestsAreRefusedNamingTheField() {
		assertThatThrownBy(() -> requests.file(new NewDataRequest("", List.of("EE1.1(1)"), List.of(), List.of("2025July"),
				List.of("EC121"), due()), PROVINCE)).hasMessageStartingWith("title");
		assertThatThrownBy(() -> requests.file(new NewDataRequest("X", List.of("NOPE"), List.of(), List.of("2025July"),
				List.of("EC121"), due()), PROVINCE)).hasMessageContaining("NOPE");
		assertThatThrownBy(() -> requests.file(new NewDataRequest("X", List.of("EE1.1(1)"), List.of(), List.of("July"),
				List.of("EC121"), due()), PROVINCE)).hasMessageStartingWith("periods");
		assertThatThrownBy(() -> requests.file(new NewDataRequest("X", List.of("EE1.1(1)"), List.of(), List.of("2025July"),
				List.of("TR24-1318"), due()), PROVINCE)).hasMessageContaining("TR24-1318");
		assertThatThrownBy(() -> requests.file(new NewDataRequest("X", List.of("EE1.1(1)"), List.of(), List.of("2025July"),
				List.of("EC121"), LocalDate.now().minusDays(1)), PROVINCE)).hasMessageStartingWith("dueOn");
	}

	@Test
	void theDeskWorksOverTheApiAndThePages() throws Exception {
		String body = """
				{"title": "Water over the API", "dataElements": ["WS1.1(1)"], "periods": ["2025July"],
				 "municipalities": ["EC121", "EC122"], "dueOn": "%s"}""".formatted(due());
		String created = mvc.perform(post("/api/v1/data-requests").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(user(PROVINCE)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cells.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		String reference = com.jayway.jsonpath.JsonPath.read(created, "$.reference");
		mvc.perform(post("/api/v1/data-requests").contentType(MediaType.APPLICATION_JSON).content(body).with(user(MBHASHE_PMS)))
			.andExpect(status().isForbidden());
		// A value of the wrong kind is named by its place in the body.
		mvc.perform(post("/api/v1/data-requests").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"x\", \"dueOn\": \"soon\"}").with(user(PROVINCE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.dueOn").value(containsString("'soon' is not a valid LocalDate")));
		mvc.perform(post("/api/v1/support/gaps").contentType(MediaType.APPLICATION_JSON)
				.content("{\"municipality\": \"EC121\", \"area\": \"MAGIC\"}").with(user(PROVINCE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.area").value(containsString("use one of [FINANCE")));
		mvc.perform(post("/api/v1/data-requests").contentType(MediaType.APPLICATION_JSON).content("{not json")
				.with(user(PROVINCE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.body").exists());
		mvc.perform(get("/coordination/answers").with(user(MBHASHE_PMS)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WS1.1(1)")))
			.andExpect(content().string(containsString(reference)));
		long ask = requests.openAsks("EC121").stream().filter(a -> a.dataElement().equals("WS1.1(1)")).findFirst()
			.orElseThrow().id();
		mvc.perform(post("/coordination/answers").param("municipality", "EC121").param("answer-" + ask, "oops")
				.with(user(MBHASHE_PMS)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not a number")));
		mvc.perform(post("/coordination/answers").param("municipality", "EC121").param("answer-" + ask, "1234")
				.with(user(MBHASHE_PMS)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/data-requests/" + reference + "/values.csv").with(user(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WS1.1(1),2025July,EC121,1234,asked")))
			.andExpect(content().string(containsString("EC122,,not answered yet")));
		mvc.perform(get("/coordination/requests/" + reference + "/values.csv").with(user(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WS1.1(1),2025July,EC121,1234,asked")));
		mvc.perform(get("/coordination/requests/" + reference).with(user(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 of 2 values answered")))
			// Municipalities by name, the code beside it.
			.andExpect(content().string(containsString("<span>Mbhashe Local Municipality</span> <small class=\"hint\">EC121</small>")))
			.andExpect(content().string(containsString("<span>Mnquma Local Municipality</span> <small class=\"hint\">EC122</small>")));
		mvc.perform(get("/coordination/requests/" + reference).with(user(MBHASHE_PMS))).andExpect(status().isNotFound());
		mvc.perform(post("/coordination/new").param("title", "").param("dataElements", "WS1.1(1)").param("periods", "2025July")
				.param("municipalities", "EC121").param("dueOn", due().toString()).with(user(PROVINCE)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("title")));
		mvc.perform(get("/coordination/new").with(user(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("m-EC121")));
		mvc.perform(get("/coordination/burden").param("lang", "tr").with(user(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Raporlama yükü")));
	}
}
