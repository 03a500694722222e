package org.thusong.backlogs;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The backlog pages, exports, API, norm mapping and ward-figure import as a user meets them. */
@ThusongIntegrationTest
@AutoConfigureMockMvc
@org.springframework.test.context.event.RecordApplicationEvents
class BacklogWebIntegrationTests {

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor national() {
		return user(new ThusongUser(9, "national.coordinator", "National", Set.of(Role.COORDINATOR), "ZA-DCOG", Scope.of("ZA"), false, "x"));
	}

	static RequestPostProcessor mbhashe() {
		return user(new ThusongUser(2, "mbhashe.manager", "Mbhashe", Set.of(Role.MANAGER), "EC121", Scope.of("ZA/EC/DC12/EC121"), false, "x"));
	}

	static RequestPostProcessor admin() {
		return user(new ThusongUser(1, "admin", "Admin", Set.of(Role.ADMIN), null, Scope.everything(), false, "x"));
	}

	@Test
	void theCountryPageRanksTheProvincesBySanitationBacklogWithTheRuleAndTheMap() throws Exception {
		mvc.perform(get("/backlogs/ZA").with(national()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Backlogs: South Africa"), containsString("KwaZulu-Natal"),
					containsString("id=\"backlog-map\""), containsString("ventilated pit latrines (VIP) basic"),
					containsString("The sum of 4,392 wards"), containsString("data-chart-for=\"children\""))));
	}

	@Test
	void aWardShowsEachAnswerWithItsClassAndFileLine() throws Exception {
		mvc.perform(get("/backlogs/21001001").param("demarcation", "2011").param("service", "water").with(national()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("service-access-by-ward.csv:2"), containsString("Below basic"))));
	}

	@Test
	void theApiGivesTheAreaAndItsChildrenOnEitherDemarcation() throws Exception {
		mvc.perform(get("/api/v1/backlogs/DC12").with(national()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.demarcation").value("ZA-2016"))
			.andExpect(jsonPath("$.area.figures[?(@.service == 'sanitation')].unit").value("households"))
			.andExpect(jsonPath("$.children.length()").value(6));
		mvc.perform(get("/api/v1/backlogs/EC121").param("demarcation", "2011").with(national()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.demarcation").value("ZA-2011"))
			.andExpect(jsonPath("$.area.figures.length()").value(4))
			.andExpect(jsonPath("$.children.length()").value(31));
		mvc.perform(get("/api/v1/backlogs/DC12").with(mbhashe())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/backlogs/EC121").with(mbhashe())).andExpect(status().isOk());
	}

	@Test
	void theOpenApiDocumentHoldsBacklogsProjectsAndThePlan() throws Exception {
		mvc.perform(get("/v3/api-docs").with(national()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/api/v1/backlogs/{areaCode}"), containsString("/api/v1/projects"),
					containsString("/api/v1/projects/plan"), containsString("/api/v1/projects/outlook"))));
	}

	@Test
	void aRolledUpFigureIsTracedToItsWardRowsAndFileLines() throws Exception {
		String csv = mvc.perform(get("/backlogs/EC121/sources.csv").param("service", "sanitation").param("year", "2016").with(national()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("ward_code,answer,norm_class,count,unit,file,line");
		// 32 wards of Mbhashe on 2016, ten sanitation answers each
		assertThat(lines).hasSize(1 + 32 * 10);
		long below = java.util.Arrays.stream(lines).skip(1).filter(l -> l.contains(",BELOW_BASIC,"))
			.mapToLong(l -> Long.parseLong(l.split(",")[l.split(",").length - 4])).sum();
		String api = mvc.perform(get("/api/v1/backlogs/EC121").with(national())).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"service\":\"sanitation\",\"surveyYear\":2016,\"unit\":\"households\",\"belowNorm\":" + below + ",");
	}

	@Test
	void exportsCsvAndXlsx() throws Exception {
		String csv = mvc.perform(get("/backlogs/DC12/export.csv").with(national()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("backlogs-DC12-ZA-2016.csv")))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("demarcation,area_code,area_name").contains("ZA-2016,EC121,Mbhashe,municipality,sanitation,2016,households");
		byte[] xlsx = mvc.perform(get("/backlogs/DC12/export.xlsx").with(national())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
	}

	@Test
	void anAdminReclassesAnAnswerAndEveryFigureFollows() throws Exception {
		long before = jdbc.sql("SELECT count FROM backlog_count WHERE demarcation = 'ZA-2016' AND area_code = 'ZA' AND service = 'sanitation' AND answer = 'Chemical toilet'")
			.query(Long.class).single();
		String page = mvc.perform(get("/api/v1/backlogs/ZA").with(national())).andReturn().getResponse().getContentAsString();
		mvc.perform(post("/backlogs/mapping").with(mbhashe()).with(csrf()).param("service", "sanitation").param("answer", "Chemical toilet")
			.param("normClass", "BASIC")).andExpect(status().isForbidden());
		RequestPostProcessor amatholeAdmin = user(new ThusongUser(4, "amathole.admin", "A", Set.of(Role.ADMIN), "DC12", Scope.of("ZA/EC/DC12"), false, "x"));
		mvc.perform(post("/backlogs/mapping").with(amatholeAdmin).with(csrf()).param("service", "sanitation").param("answer", "Chemical toilet")
			.param("normClass", "BASIC")).andExpect(status().isForbidden());
		mvc.perform(post("/backlogs/mapping").with(admin()).with(csrf()).param("service", "sanitation").param("answer", "Chemical toilet")
			.param("normClass", "BASIC")).andExpect(status().is3xxRedirection());
		String after = mvc.perform(get("/api/v1/backlogs/ZA").with(national())).andReturn().getResponse().getContentAsString();
		assertThat(after).isNotEqualTo(page);
		long below = Long.parseLong(after.replaceAll("(?s).*?\"area\".*?\"service\":\"sanitation\",\"surveyYear\":2016,\"unit\":\"households\",\"belowNorm\":(\\d+).*", "$1"));
		long belowBefore = Long.parseLong(page.replaceAll("(?s).*?\"area\".*?\"service\":\"sanitation\",\"surveyYear\":2016,\"unit\":\"households\",\"belowNorm\":(\\d+).*", "$1"));
		assertThat(belowBefore - below).isEqualTo(before);
		mvc.perform(get("/backlogs/mapping").with(national())).andExpect(content().string(containsString("Chemical toilet")));
		mvc.perform(post("/backlogs/mapping").with(admin()).with(csrf()).param("service", "sanitation").param("answer", "Chemical toilet")
			.param("normClass", "SOMETIMES")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("normClass")));
	}

	@Test
	void aBadFileIsRefusedByLineAndNothingIsLoaded() throws Exception {
		long rows = jdbc.sql("SELECT count(*) FROM backlog_count").query(Long.class).single();
		String file = """
				level,service,survey_year,unit,boundary_year,area_code,answer,count
				ward,sanitation,2022,households,2016,21201001,Flush toilet (connected to sewerage system),10
				ward,sanitation,2022,households,2016,99999999,None,5
				ward,sanitation,2022,households,2016,21201001,Spaceship,5
				ward,sanitation,2022,households,2016,21201002,None,-3
				ward,potholes,2022,households,2016,21201002,None,3
				""";
		mvc.perform(multipart("/backlogs/import").file(new MockMultipartFile("file", "bad.csv", "text/csv", file.getBytes())).with(admin()).with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(allOf(containsString("line 3: area_code"), containsString("line 4: answer"),
					containsString("line 5: count"), containsString("line 6: service"))));
		assertThat(jdbc.sql("SELECT count(*) FROM backlog_count").query(Long.class).single()).isEqualTo(rows);
	}

	@Test
	void aNewSurveyYearAddsHistoryAndRollsUp() throws Exception {
		String file = """
				level,service,survey_year,unit,boundary_year,area_code,answer,count
				ward,sanitation,2022,households,2016,21201001,Flush toilet (connected to sewerage system),10
				ward,sanitation,2022,households,2016,21201001,None,30
				ward,sanitation,2022,households,2016,21201002,Pit latrine with ventilation (VIP),50
				ward,sanitation,2022,households,2016,21201002,Unspecified,7
				""";
		mvc.perform(multipart("/backlogs/import").file(new MockMultipartFile("file", "cs2022.csv", "text/csv", file.getBytes()))
			.param("dryRun", "true").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 ward rows would be loaded")));
		assertThat(jdbc.sql("SELECT count(*) FROM backlog_count WHERE survey_year = 2022").query(Long.class).single()).isZero();
		String job = mvc.perform(multipart("/backlogs/import").file(new MockMultipartFile("file", "cs2022.csv", "text/csv", file.getBytes()))
			.with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long deadline = System.currentTimeMillis() + 20_000;
		String page = "";
		while (!page.contains("4 ward rows loaded") && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
			page = mvc.perform(get(job).with(admin())).andReturn().getResponse().getContentAsString();
		}
		assertThat(page).contains("Done").contains("4 of 4 ward rows written");
		mvc.perform(get("/api/v1/backlogs/EC121").with(national()))
			.andExpect(jsonPath("$.area.figures[?(@.surveyYear == 2022)].belowNorm").value(30))
			.andExpect(jsonPath("$.area.figures[?(@.surveyYear == 2022)].classed").value(90))
			.andExpect(jsonPath("$.area.figures[?(@.surveyYear == 2016 && @.service == 'sanitation')].belowNorm").exists());
		mvc.perform(get("/api/v1/backlogs/ZA").with(national()))
			.andExpect(jsonPath("$.area.figures[?(@.surveyYear == 2022)].belowNorm").value(30));
		assertThat(events.stream(BacklogFiguresLoaded.class))
			.anyMatch(e -> e.demarcation().equals("ZA-2016") && e.service() == BasicService.SANITATION && e.surveyYear() == 2022 && e.wards() == 2);
	}

	@Test
	void unknownAreasAndServicesAreClearRefusals() throws Exception {
		mvc.perform(get("/backlogs/NOPE").with(national())).andExpect(status().isNotFound()).andExpect(content().string(containsString("NOPE")));
		mvc.perform(get("/backlogs/DC12").param("service", "wifi").with(national())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("service")));
		mvc.perform(get("/backlogs/DC12").with(mbhashe())).andExpect(status().isNotFound());
		mvc.perform(get("/backlogs").with(mbhashe())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/backlogs/EC121").with(mbhashe()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<span>Amathole</span>"), not(containsString("href=\"/backlogs/DC12")))));
	}

	@Test
	void aCoordinatorMaintainsAProgrammeAndComparesItsDistricts() throws Exception {
		String location = mvc.perform(post("/backlogs/programmes").with(national()).with(csrf()).param("name", "Priority districts")
			.param("areas", "DC12, DC15")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(national()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Amathole"), containsString("O.R.Tambo"), containsString("id=\"compare\""))));
		mvc.perform(post("/backlogs/programmes").with(national()).with(csrf()).param("name", "Bad").param("areas", "XX1"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("XX1")));
		// Mbhashe sees no programme of districts: none of its areas is in Mbhashe's scope.
		mvc.perform(get(location).with(mbhashe())).andExpect(status().isNotFound());
	}
}
