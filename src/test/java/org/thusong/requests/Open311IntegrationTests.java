package org.thusong.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class Open311IntegrationTests {

	static final String MBHASHE_KEY = "thusong_open311TestKeyForMbhasheOnly0123456789abcdef";

	static final String MNQUMA_KEY = "thusong_open311TestKeyForMnqumaOnly00123456789abcdef";

	static final String W3C = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+02:00";

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueManagement management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestDesk desk;

	@Autowired
	ServiceCatalogue catalogue;

	@BeforeEach
	void keys() throws Exception {
		key(MBHASHE_KEY, "EC121");
		key(MNQUMA_KEY, "EC122");
	}

	void key(String key, String organisation) throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		jdbc.sql("""
				INSERT INTO identity_api_key (name, prefix, key_hash, roles, organisation_code, created_by)
				SELECT 'Open311 app', :prefix, :hash, '{AGENT}', :org, 'test'
				 WHERE NOT EXISTS (SELECT 1 FROM identity_api_key WHERE key_hash = :hash)""")
			.param("prefix", key.substring(0, 16)).param("hash", hash).param("org", organisation).update();
	}

	/** A leak in Dutywa, with some parameters given other values. */
	static MockHttpServletRequestBuilder leak(String description, String... otherValues) {
		Map<String, String> params = new java.util.LinkedHashMap<>(Map.of("jurisdiction_id", "EC121", "service_code",
				"water-leak", "lat", "-32.10", "long", "28.31", "description", description, "attribute[where]", "street"));
		for (int i = 0; i < otherValues.length; i += 2) {
			params.put(otherValues[i], otherValues[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		params.forEach(request::param);
		return request;
	}

	String file(MockHttpServletRequestBuilder request) throws Exception {
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$[0].service_request_id");
	}

	@Test
	void discoveryListsTheV2EndpointInJsonAndXml() throws Exception {
		mvc.perform(get("/open311/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(jsonPath("$.endpoints[0].url").value(startsWith("http")))
			.andExpect(jsonPath("$.endpoints[0].formats").value(hasItems("text/xml", "application/json")))
			.andExpect(jsonPath("$.key_service").exists())
			.andExpect(jsonPath("$.changeset").exists());
		mvc.perform(get("/open311/discovery.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/discovery/endpoints/endpoint/url").string(containsString("/open311/v2")))
			.andExpect(xpath("/discovery/endpoints/endpoint/formats/format").nodeCount(2));
	}

	@Test
	void listsServicesInEnglishOrTurkishByAcceptLanguage() throws Exception {
		mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.service_code == 'water-leak')].service_name").value(hasItem("Water leak")))
			.andExpect(jsonPath("$[?(@.service_code == 'water-leak')].metadata").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.service_code == 'water-leak')].type").value(hasItem("realtime")))
			.andExpect(jsonPath("$[?(@.service_code == 'water-leak')].group").value(hasItem("water")))
			.andExpect(jsonPath("$[?(@.service_code == 'sewer-blockage')].metadata").value(hasItem(false)));
		mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", "EC121").header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/services/service[service_code='water-leak']/service_name").string("Su kaçağı"))
			.andExpect(xpath("/services/service[service_code='water-leak']/keywords").string(containsString("leak")));
	}

	@Test
	void definesAServiceWithItsListOfValues() throws Exception {
		mvc.perform(get("/open311/v2/services/water-leak.json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("water-leak"))
			.andExpect(jsonPath("$.attributes[0].variable").value(true))
			.andExpect(jsonPath("$.attributes[0].code").value("where"))
			.andExpect(jsonPath("$.attributes[0].datatype").value("singlevaluelist"))
			.andExpect(jsonPath("$.attributes[0].required").value(true))
			.andExpect(jsonPath("$.attributes[0].order").value(1))
			.andExpect(jsonPath("$.attributes[0].description").value("Where is the leak?"))
			.andExpect(jsonPath("$.attributes[0].values[0].key").value("street"))
			.andExpect(jsonPath("$.attributes[0].values[0].name").value("In the street"));
		mvc.perform(get("/open311/v2/services/water-leak.xml").param("jurisdiction_id", "EC121"))
			.andExpect(xpath("/service_definition/attributes/attribute/values/value[key='meter']/name").string("At the meter"));
		mvc.perform(get("/open311/v2/services/no-such-thing.xml").param("jurisdiction_id", "EC121"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"))
			.andExpect(xpath("/errors/error/description").string(containsString("service_code")));
	}

	@Test
	void filesWithTheKeyInTheBodyOrTheQueryWithoutACsrfToken() throws Exception {
		mvc.perform(leak("Water running down the street").param("api_key", MBHASHE_KEY).param("account_id", "acc-7"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].service_request_id").value(matchesPattern("EC121-\\d{4}-\\d{6}")))
			.andExpect(jsonPath("$[0].token").exists())
			.andExpect(jsonPath("$[0].service_notice").value(containsString("EC121-")))
			.andExpect(jsonPath("$[0].account_id").value("acc-7"));

		String xml = mvc.perform(post("/open311/v2/requests.xml?api_key=" + MBHASHE_KEY)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("jurisdiction_id", "EC121").param("service_code", "pothole").param("address_string", "Main Rd, Dutywa")
				.param("description", "Hole near the post office").param("device_id", "phone-1")
				.param("first_name", "Nomsa").param("last_name", "Dlamini").param("email", "nomsa@example.org"))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(startsWith("EC121-")))
			.andExpect(xpath("/service_requests/request/account_id").string(""))
			.andReturn().getResponse().getContentAsString();
		String reference = xml.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		assertThat(jdbc.sql("SELECT channel || ' ' || filed_by_kind || ' ' || reporter_name FROM service_request WHERE reference = ?")
			.param(reference).query(String.class).single()).isEqualTo("MOBILE CITIZEN Nomsa Dlamini");
	}

	@Test
	void takesEveryFormOfAttribute() throws Exception {
		if (catalogue.services("EC121").stream().filter(s -> s.code().equals("pothole"))
			.noneMatch(s -> s.attributes().stream().anyMatch(a -> a.code().equals("hazards")))) {
			management.addAttribute("EC121", "pothole", new ServiceAttribute("hazards", AttributeType.MULTIVALUELIST, false, 2,
					"What makes it dangerous?", "Neden tehlikeli?",
					List.of(new ServiceAttribute.Choice("school", "Near a school", "Okul yakını"),
							new ServiceAttribute.Choice("traffic", "Busy road", "Yoğun yol"),
							new ServiceAttribute.Choice("night", "Unlit", "Karanlık"))));
		}
		mvc.perform(get("/open311/v2/services/pothole.json").param("jurisdiction_id", "EC121"))
			.andExpect(jsonPath("$.attributes[?(@.code == 'hazards')].datatype").value(hasItem("multivaluelist")));

		String brackets = file(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", MBHASHE_KEY).param("jurisdiction_id", "EC121").param("service_code", "pothole")
			.param("lat", "-32.10").param("long", "28.31").param("description", "Deep hole by the school")
			.param("attribute[size]", "large").param("attribute[hazards][]", "school", "traffic"));
		String indexed = file(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", MBHASHE_KEY).param("jurisdiction_id", "EC121").param("service_code", "pothole")
			.param("lat", "-32.10").param("long", "28.31").param("description", "Another hole")
			.param("attribute[hazards][1]", "night").param("attribute[hazards][0]", "traffic"));

		assertThat(answers(brackets)).containsEntry("size", List.of("large")).containsEntry("hazards", List.of("school", "traffic"));
		assertThat(answers(indexed)).containsEntry("hazards", List.of("traffic", "night"));

		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", MBHASHE_KEY).param("jurisdiction_id", "EC121").param("service_code", "pothole")
				.param("lat", "-32.10").param("long", "28.31").param("description", "Hole")
				.param("attribute[hazards][]", "lava"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(startsWith("attribute[hazards]")));
	}

	Map<String, List<String>> answers(String reference) {
		Map<String, List<String>> answers = new java.util.TreeMap<>();
		jdbc.sql("""
				SELECT a.code, a.value FROM service_request_answer a JOIN service_request r ON r.id = a.request_id
				 WHERE r.reference = ? ORDER BY a.code, a.position""").param(reference)
			.query((rs, n) -> answers.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)))
			.list();
		return answers;
	}

	@Test
	void refusesAMissingUnknownOrForeignKeyWith403InTheErrorFormat() throws Exception {
		mvc.perform(leak("No key"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403))
			.andExpect(jsonPath("$[0].description").value(containsString("api_key")));
		mvc.perform(leak("Bad key").param("api_key", "thusong_notAKeyAnyoneIssued000000000000000000"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", MNQUMA_KEY).param("jurisdiction_id", "EC121").param("service_code", "pothole")
				.param("address_string", "Main Rd").param("description", "Foreign key"))
			.andExpect(status().isForbidden())
			.andExpect(xpath("/errors/error/code").string("403"));
		assertThat(jdbc.sql("SELECT count(*) FROM service_request WHERE description IN ('No key', 'Bad key', 'Foreign key')")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void answersBadInputWith400NamingTheOpen311Field() throws Exception {
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", MBHASHE_KEY).param("jurisdiction_id", "EC121").param("service_code", "pothole")
				.param("description", "Nowhere"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("address_string")));
		mvc.perform(leak("Off the map", "lat", "95").param("api_key", MBHASHE_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("lat:")));
		mvc.perform(leak("Not a number", "long", "east").param("api_key", MBHASHE_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("long:")));
		mvc.perform(leak("Unknown", "service_code", "dragons").param("api_key", MBHASHE_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("service_code:")));
		mvc.perform(leak("In Butterworth", "lat", "-32.33", "long", "28.15").param("api_key", MBHASHE_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("EC122")));
		mvc.perform(leak("").param("api_key", MBHASHE_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("description:")));
		mvc.perform(get("/open311/v2/services.json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("jurisdiction_id:")));
		mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", "XX999"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/description").string(startsWith("jurisdiction_id:")));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("start_date", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("start_date:")));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("end_date", "2026-13-45"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("end_date:")));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("status", "sleeping"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("page_size", "1001"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(startsWith("page_size:")));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121")
				.param("start_date", "2026-01-01T00:00:00+02:00").param("end_date", "2026-06-01T00:00:00+02:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("90 days")));
		mvc.perform(get("/open311/v2/services.html").param("jurisdiction_id", "EC121"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void listsRequestsByEveryFilterWithinTheLast90DaysByDefault() throws Exception {
		String leak = file(leak("Leak for the list").param("api_key", MBHASHE_KEY));
		String pothole = file(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", MBHASHE_KEY).param("jurisdiction_id", "EC121").param("service_code", "pothole")
			.param("address_string", "Main Rd").param("description", "Pothole for the list"));
		String old = file(leak("An old leak").param("api_key", MBHASHE_KEY));
		jdbc.sql("UPDATE service_request SET submitted_at = now() - interval '120 days' WHERE reference = ?").param(old).update();
		desk.assign(pothole, "TECHNICAL", null, "agent", Scope.everything());
		desk.resolve(pothole, "Filled with tar", "officer", Scope.everything());
		String inMnquma = file(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", MNQUMA_KEY).param("jurisdiction_id", "EC122").param("service_code", "pothole")
			.param("lat", "-32.33").param("long", "28.15").param("description", "Pothole in Butterworth"));

		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].service_request_id").value(hasItems(leak, pothole)))
			.andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(old))))
			.andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(inMnquma))));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121")
				.param("start_date", java.time.OffsetDateTime.now().minusDays(125).toString())
				.param("end_date", java.time.OffsetDateTime.now().minusDays(115).toString()))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItem(old)))
			.andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(leak))));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("status", "closed"))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItem(pothole)))
			.andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(leak))))
			.andExpect(jsonPath("$[*].status").value(everyItem(is("closed"))));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("status", "open"))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItem(leak)))
			.andExpect(jsonPath("$[*].status").value(everyItem(is("open"))));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("service_code", "pothole"))
			.andExpect(jsonPath("$[*].service_code").value(everyItem(is("pothole"))))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItem(pothole)));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("service_code", "pothole,water-leak"))
			.andExpect(jsonPath("$[*].service_code").value(everyItem(isOneOf("pothole", "water-leak"))))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItems(leak, pothole)));
		// service_request_id overrides every other filter, but never the jurisdiction.
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("status", "closed")
				.param("service_request_id", leak + "," + old + "," + inMnquma))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItems(leak, old)));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("page_size", "1"))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121").param("page_size", "1").param("page", "500"))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void showsOneRequestInJsonAndXmlWithW3cTimesAndNothingPersonal() throws Exception {
		String reference = file(leak("Leak by the clinic").param("api_key", MBHASHE_KEY).param("first_name", "Thandi")
			.param("last_name", "Secretname").param("phone", "0825550123").param("email", "thandi@example.org"));
		String json = mvc.perform(get("/open311/v2/requests/" + reference + ".json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].service_request_id").value(reference))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].service_name").value("Water leak"))
			.andExpect(jsonPath("$[0].service_code").value("water-leak"))
			.andExpect(jsonPath("$[0].description").value("Leak by the clinic"))
			.andExpect(jsonPath("$[0].agency_responsible").exists())
			.andExpect(jsonPath("$[0].requested_datetime").value(matchesPattern(W3C)))
			.andExpect(jsonPath("$[0].updated_datetime").value(matchesPattern(W3C)))
			.andExpect(jsonPath("$[0].expected_datetime").value(matchesPattern(W3C)))
			.andExpect(jsonPath("$[0].lat").value(-32.10))
			.andExpect(jsonPath("$[0].long").value(28.31))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("Thandi", "Secretname", "0825550123", "thandi@example.org", "api-key");

		String xml = mvc.perform(get("/open311/v2/requests/" + reference + ".xml").param("jurisdiction_id", "EC121"))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(reference))
			.andExpect(xpath("/service_requests/request/long").string("28.31"))
			.andExpect(xpath("/service_requests/request/status_notes").exists())
			.andReturn().getResponse().getContentAsString();
		assertThat(xml).doesNotContain("Thandi", "Secretname", "0825550123", "thandi@example.org");

		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "EC121"))
			.andExpect(content().string(not(containsString("Secretname"))));
		mvc.perform(get("/open311/v2/requests/EC121-1999-999999.json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		mvc.perform(get("/open311/v2/requests/EC121-1999-999999.xml").param("jurisdiction_id", "EC121"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/errors/error/code").string("404"));
		mvc.perform(get("/open311/v2/requests/" + reference + ".json").param("jurisdiction_id", "EC122"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDuplicateNamesItsOriginalInStatusNotes() throws Exception {
		String original = file(leak("Leak at the taxi rank").param("api_key", MBHASHE_KEY));
		String second = file(leak("Same leak at the taxi rank").param("api_key", MBHASHE_KEY));
		desk.markDuplicate(second, original, "agent", Scope.everything());
		mvc.perform(get("/open311/v2/requests/" + second + ".json").param("jurisdiction_id", "EC121"))
			.andExpect(jsonPath("$[0].status").value("closed"))
			.andExpect(jsonPath("$[0].status_notes").value(containsString(original)))
			.andExpect(jsonPath("$[0].expected_datetime").doesNotExist());
	}

	@Test
	void aTokenLeadsToItsRequest() throws Exception {
		String body = mvc.perform(leak("Leak with a token").param("api_key", MBHASHE_KEY))
			.andReturn().getResponse().getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(body, "$[0].token");
		String id = com.jayway.jsonpath.JsonPath.read(body, "$[0].service_request_id");
		mvc.perform(get("/open311/v2/tokens/" + token + ".json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].token").value(token));
		mvc.perform(get("/open311/v2/tokens/" + token + ".xml").param("jurisdiction_id", "EC121"))
			.andExpect(xpath("/service_requests/request/service_request_id").string(id));
		mvc.perform(get("/open311/v2/tokens/nope.json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isNotFound());
	}

	@Test
	void listsPublicUpdatesButNotInternalNotes() throws Exception {
		String reference = file(leak("Leak with updates").param("api_key", MBHASHE_KEY));
		desk.acknowledge(reference, "agent", Scope.everything());
		desk.addNote(reference, "The team is on its way", true, "officer", Scope.everything());
		desk.addNote(reference, "Officer Sipho's cellphone is 0831234567", false, "officer", Scope.everything());
		desk.assign(reference, "TECHNICAL", null, "agent", Scope.everything());
		desk.resolve(reference, "Valve replaced", "officer", Scope.everything());

		String json = mvc.perform(get("/open311/v2/servicerequestupdates.json").param("jurisdiction_id", "EC121"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.service_request_id == '" + reference + "')].description")
				.value(hasItems("Submitted", "Acknowledged", "The team is on its way", "Valve replaced")))
			.andExpect(jsonPath("$[?(@.service_request_id == '" + reference + "' && @.description == 'Valve replaced')].status")
				.value(hasItem("closed")))
			.andExpect(jsonPath("$[0].update_id").isString())
			.andExpect(jsonPath("$[0].updated_datetime").value(matchesPattern(W3C)))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("0831234567", "department TECHNICAL", "officer");
		mvc.perform(get("/open311/v2/servicerequestupdates.xml").param("jurisdiction_id", "EC121")
				.param("start_date", java.time.OffsetDateTime.now().minusDays(2).toString()))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_request_updates/request_update[description='Valve replaced']/service_request_id")
				.string(reference));
		mvc.perform(get("/open311/v2/servicerequestupdates.json").param("jurisdiction_id", "EC122"))
			.andExpect(content().string(not(containsString(reference))));
	}
}
