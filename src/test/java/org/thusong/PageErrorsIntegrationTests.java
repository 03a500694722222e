package org.thusong;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page that cannot be answered looks the same in every module: the status, a heading that says
 * what kind of failure it is, the reason and a way home; the API answers the same failure of the
 * same thing as a problem detail in JSON, never as a page.
 */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class PageErrorsIntegrationTests {

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	static RequestPostProcessor national() {
		return user(new ThusongUser(9, "national.coordinator", "National", Set.of(Role.COORDINATOR), "ZA-DCOG",
				Scope.of("ZA"), false, "x"));
	}

	@Test
	void aMissingThingIsTheSameNotFoundPageInEveryModuleAndAProblemDetailOverTheApi() throws Exception {
		String areaReason = apiProblem("/api/v1/areas/NOPE99", 404).get("detail").asString();
		String backlogReason = apiProblem("/api/v1/backlogs/NOPE", 404).get("detail").asString();
		assertThat(areaReason).contains("NOPE99");
		assertThat(backlogReason).contains("NOPE");

		String areaPage = page("/areas/NOPE99", 404);
		String backlogPage = page("/backlogs/NOPE", 404);
		assertThat(areaPage).contains("<h1>This cannot be found</h1>")
			.contains(">" + HtmlUtils.htmlEscape(areaReason) + "</p>")
			.contains("href=\"/\"");
		// Geography's and backlogs' failures differ only in the reason.
		assertThat(backlogPage.replace(HtmlUtils.htmlEscape(backlogReason), "REASON"))
			.isEqualTo(areaPage.replace(HtmlUtils.htmlEscape(areaReason), "REASON"));
	}

	@Test
	void aBadChoiceIsABadRequestPageNamingTheRuleAndTheApiNamesTheFieldOnce() throws Exception {
		JsonNode problem = apiProblem("/api/v1/areas?level=village", 400);
		assertThat(problem.get("detail").asString()).startsWith("level: must be one of ");
		assertThat(problem.get("errors").get("level").asString()).startsWith("must be one of ").contains("not 'village'");

		assertThat(page("/areas?level=village", 400)).contains("<h1>Something in the request is not right</h1>")
			.contains(HtmlUtils.htmlEscape(problem.get("detail").asString()));
	}

	@Test
	void aMissingOrMistypedParameterIsNamedInErrorsLikeAnyOtherBadInput() throws Exception {
		JsonNode missing = apiProblem("/api/v1/data-requests/asks", 400);
		assertThat(missing.get("detail").asString()).isEqualTo("municipality: is required");
		assertThat(missing.get("errors").get("municipality").asString()).isEqualTo("is required");

		JsonNode mistyped = apiProblem("/api/v1/dataValueSets?dataElement=EE1.1(1)&children=maybe", 400);
		assertThat(mistyped.get("errors").get("children").asString()).isEqualTo("'maybe' is not true or false");
	}

	@Test
	void theErrorPageSpeaksTheReadersLanguage() throws Exception {
		assertThat(page("/backlogs/NOPE?lang=tr", 404)).contains("<h1>Bu bulunamadı</h1>").contains("Ana sayfaya dön");
	}

	private String page(String path, int status) throws Exception {
		return mvc.perform(get(path).with(national()).accept(MediaType.TEXT_HTML))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private JsonNode apiProblem(String path, int status) throws Exception {
		String body = mvc.perform(get(path).with(national()))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode problem = json.readTree(body);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return problem;
	}
}
