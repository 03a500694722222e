package org.thusong.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * For each role, what it may and may not read or change, across two municipalities (Mbhashe
 * EC121 and Mnquma EC122 of Amathole DC12), the province, the nation and Türkiye; through HTTP
 * Basic, API keys and the pages.
 */
@ThusongIntegrationTest(properties = { "thusong.demo=true", "thusong.admin-password=platform-admin-1" })
@AutoConfigureMockMvc
class ScopeIntegrationTests {

	static final String DEMO = "thusong-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(username, username.equals("admin") ? "platform-admin-1" : DEMO));
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	String erzincanBelediyesi() {
		return jdbc.sql("SELECT code FROM organisation WHERE name = 'Erzincan Belediyesi'").query(String.class).single();
	}

	@Test
	void mbhasheOfficerReadsMbhasheButNeverMnquma() throws Exception {
		mvc.perform(as("mbhashe.officer", get("/api/v1/organisations/EC121"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Mbhashe Local Municipality"))
			.andExpect(jsonPath("$.departments[3].name").value("Technical Services"));
		mvc.perform(as("mbhashe.officer", get("/api/v1/organisations/EC122"))).andExpect(status().isNotFound());
		mvc.perform(as("mbhashe.officer", get("/api/v1/organisations/DC12"))).andExpect(status().isNotFound());
		mvc.perform(as("mbhashe.officer", get("/api/v1/organisations?size=100"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("EC121")))
			.andExpect(jsonPath("$.items[*].jurisdictionPath", everyItem(startsWith("ZA/EC/DC12/EC121"))));
		mvc.perform(as("mbhashe.officer", get("/api/v1/users?size=100"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].username", hasItem("mbhashe.manager")))
			.andExpect(jsonPath("$.items[*].username", not(hasItem("mnquma.officer"))))
			.andExpect(jsonPath("$.items[*].username", not(hasItem("admin"))));
		mvc.perform(as("mbhashe.officer", get("/api/v1/users?organisation=EC122"))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(as("mbhashe.officer", get("/api/v1/users/mnquma.officer"))).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/EC122").with(user(accounts.loadUserByUsername("mbhashe.officer"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void mnqumaOfficerSeesMnqumaAndNotMbhashe() throws Exception {
		mvc.perform(as("mnquma.officer", get("/api/v1/organisations/EC122"))).andExpect(status().isOk());
		mvc.perform(as("mnquma.officer", get("/api/v1/organisations/EC121"))).andExpect(status().isNotFound());
		mvc.perform(as("mnquma.officer", get("/api/v1/users/mbhashe.officer"))).andExpect(status().isNotFound());
	}

	@Test
	void districtCoordinatorSeesAllItsLocalMunicipalitiesButNotTheProvince() throws Exception {
		for (String code : new String[] { "DC12", "EC121", "EC122", "EC121-NGO1" }) {
			mvc.perform(as("amathole.coordinator", get("/api/v1/organisations/" + code))).andExpect(status().isOk());
		}
		mvc.perform(as("amathole.coordinator", get("/api/v1/organisations/EC-COGTA"))).andExpect(status().isNotFound());
		mvc.perform(as("amathole.coordinator", get("/api/v1/organisations/BUF"))).andExpect(status().isNotFound());
		mvc.perform(as("amathole.coordinator", get("/api/v1/users?size=100")))
			.andExpect(jsonPath("$.items[*].username", hasItem("mbhashe.officer")))
			.andExpect(jsonPath("$.items[*].username", hasItem("mnquma.officer")))
			.andExpect(jsonPath("$.items[*].username", not(hasItem("ec.coordinator"))));
	}

	@Test
	void provincialAndNationalCoordinatorsSeeTheirSphereAndNotTurkey() throws Exception {
		mvc.perform(as("ec.coordinator", get("/api/v1/organisations/BUF"))).andExpect(status().isOk());
		mvc.perform(as("ec.coordinator", get("/api/v1/organisations/JHB"))).andExpect(status().isNotFound());
		mvc.perform(as("national.coordinator", get("/api/v1/organisations/JHB"))).andExpect(status().isOk());
		mvc.perform(as("national.coordinator", get("/api/v1/organisations/EC121"))).andExpect(status().isOk());
		mvc.perform(as("national.coordinator", get("/api/v1/organisations/" + erzincanBelediyesi())))
			.andExpect(status().isNotFound());
		mvc.perform(as("national.coordinator", get("/api/v1/organisations?q=Belediyesi"))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(as("erzincan.manager", get("/api/v1/organisations/" + erzincanBelediyesi()))).andExpect(status().isOk());
		mvc.perform(as("erzincan.manager", get("/api/v1/organisations/EC121"))).andExpect(status().isNotFound());
		mvc.perform(as("muhtar.erzincan", get("/api/v1/me"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("COMMUNITY_REPRESENTATIVE"))
			.andExpect(jsonPath("$.scope[0]", startsWith("TR/TR24/")));
	}

	@Test
	void nonAdministratorsCannotCreateUsersOrganisationsOrKeys() throws Exception {
		for (String role : new String[] { "mbhashe.manager", "mbhashe.officer", "mbhashe.pms", "amathole.coordinator",
				"national.coordinator", "auditor.mbhashe", "agent.mbhashe", "ward.councillor" }) {
			mvc.perform(as(role, json(post("/api/v1/users"), """
					{"username":"x.%s","name":"X","password":"long-enough-1","roles":["OFFICER"],"organisationCode":"EC121"}"""
				.formatted(role)))).andExpect(status().isForbidden());
			mvc.perform(as(role, json(post("/api/v1/organisations"), """
					{"code":"NGO-%s","name":"X","kind":"NGO","jurisdictionAreaCode":"EC121"}""".formatted(role))))
				.andExpect(status().isForbidden());
			mvc.perform(as(role, json(post("/api/v1/api-keys"), """
					{"name":"k","roles":["OFFICER"],"organisationCode":"EC121"}"""))).andExpect(status().isForbidden());
			mvc.perform(as(role, get("/api/v1/api-keys"))).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("SELECT count(*) FROM identity_user WHERE username LIKE 'x.%'").query(Integer.class).single()).isZero();
	}

	@Test
	void aScopedAdministratorCreatesOnlyWithinItsScopeAndNeverAdministrators() throws Exception {
		mvc.perform(as("amathole.admin", json(post("/api/v1/users"), """
				{"username":"mbhashe.clerk","name":"Clerk","email":"clerk@mbhashe.example","password":"long-enough-1",
				 "roles":["OFFICER"],"organisationCode":"EC121"}"""))).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/users/mbhashe.clerk"));
		mvc.perform(as("amathole.admin", json(post("/api/v1/users"), """
				{"username":"province.clerk","name":"Clerk","password":"long-enough-1","roles":["OFFICER"],"organisationCode":"EC-COGTA"}""")))
			.andExpect(status().isForbidden());
		mvc.perform(as("amathole.admin", json(post("/api/v1/users"), """
				{"username":"mbhashe.boss","name":"Boss","password":"long-enough-1","roles":["ADMIN"],"organisationCode":"EC121"}""")))
			.andExpect(status().isForbidden());
		mvc.perform(as("amathole.admin", json(post("/api/v1/users"), """
				{"username":"nobody.clerk","name":"Clerk","password":"long-enough-1","roles":["OFFICER"],"organisationCode":"NOPE"}""")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.organisationCode").exists());
		mvc.perform(as("amathole.admin", json(post("/api/v1/users"), """
				{"username":"nameless.clerk","password":"long-enough-1","roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.name").exists());
		mvc.perform(as("amathole.admin", json(post("/api/v1/organisations"), """
				{"code":"EC122-NGO7","name":"Mnquma Helpers","kind":"NGO","jurisdictionAreaCode":"EC122"}""")))
			.andExpect(status().isCreated());
		mvc.perform(as("amathole.admin", json(post("/api/v1/organisations"), """
				{"code":"EC-NGO7","name":"Province Helpers","kind":"NGO","jurisdictionAreaCode":"EC"}""")))
			.andExpect(status().isForbidden());
		mvc.perform(as("amathole.admin", get("/api/v1/users?size=200")))
			.andExpect(jsonPath("$.items[*].username", hasItem("mbhashe.clerk")))
			.andExpect(jsonPath("$.items[*].username", not(hasItem("erzincan.manager"))));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'user' AND entity_id = 'mbhashe.clerk'")
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theApiSaysWhichFieldIsDuplicateOrInvalid() throws Exception {
		mvc.perform(as("admin", json(post("/api/v1/users"), """
				{"username":"Mbhashe.Officer","name":"Again","password":"long-enough-1","roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.errors.username").exists());
		mvc.perform(as("admin", json(post("/api/v1/users"), """
				{"username":"someone.new","name":"Again","email":"MBHASHE.OFFICER@demo.thusong.invalid","password":"long-enough-1",
				 "roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.errors.email").exists());
		mvc.perform(as("admin", json(post("/api/v1/users"), """
				{"username":"someone.new","name":"New","password":"short","roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.password").exists());
		mvc.perform(as("admin", json(post("/api/v1/users"), """
				{"username":"someone.new","name":"New","password":"someone.new","roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.password").exists());
		mvc.perform(as("admin", json(post("/api/v1/users"), """
				{"username":"someone.new","name":"New","password":"long-enough-1","roles":["KING"],"organisationCode":"EC121"}""")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.roles").exists());
		mvc.perform(as("admin", json(post("/api/v1/organisations"), """
				{"code":"ec121","name":"Again","kind":"NGO","jurisdictionAreaCode":"EC121"}""")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.errors.code").exists());
		mvc.perform(as("admin", json(post("/api/v1/organisations"), """
				{"code":"NEW-ORG","name":"New","kind":"CLUB","jurisdictionAreaCode":"EC121"}""")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.kind").exists());
		mvc.perform(as("admin", json(post("/api/v1/organisations"), "{not json"))).andExpect(status().isBadRequest());
		mvc.perform(as("admin", get("/api/v1/organisations?size=0"))).andExpect(status().isBadRequest());
	}

	@Test
	void anApiKeyOfMbhasheActsLikeAMbhasheUserUntilRevoked() throws Exception {
		String response = mvc.perform(as("admin", json(post("/api/v1/api-keys"), """
				{"name":"Mbhashe reporting","roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String key = response.replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
		long id = Long.parseLong(response.replaceAll(".*\"apiKey\":\\{\"id\":(\\d+).*", "$1"));
		assertThat(key).startsWith("thusong_").hasSizeGreaterThan(40);
		assertThat(jdbc.sql("SELECT count(*) FROM identity_api_key WHERE key_hash = decode(:hex, 'hex')")
			.param("hex", java.util.HexFormat.of().formatHex(key.getBytes())).query(Integer.class).single()).isZero();
		mvc.perform(get("/api/v1/organisations/EC121").header("X-API-Key", key)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations/EC122").header("X-API-Key", key)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me").header("X-API-Key", key)).andExpect(jsonPath("$.scope[0]").value("ZA/EC/DC12/EC121"));
		mvc.perform(json(post("/api/v1/users"), "{}").header("X-API-Key", key)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisations/EC121").header("X-API-Key", key + "x")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/organisations/EC121").header("X-API-Key", "thusong_nonsense")).andExpect(status().isUnauthorized());
		mvc.perform(as("amathole.admin", post("/api/v1/api-keys/" + id + "/revoke"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations/EC121").header("X-API-Key", key)).andExpect(status().isUnauthorized());
		mvc.perform(as("mbhashe.officer", get("/api/v1/organisations/EC121"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations/EC121")).andExpect(status().isUnauthorized());
	}

	@Test
	void locksAnAccountAfterFiveFailedSignInsInARow() throws Exception {
		mvc.perform(as("admin", json(post("/api/v1/users"), """
				{"username":"forgetful","name":"Forgetful","password":"right-password-1","roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isCreated());
		for (int i = 0; i < 4; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic("forgetful", "wrong-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic("forgetful", "right-password-1"))).andExpect(status().isOk());
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic("forgetful", "wrong-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic("forgetful", "right-password-1"))).andExpect(status().isUnauthorized());
		mvc.perform(post("/login").with(csrf()).param("username", "forgetful").param("password", "right-password-1"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = 'forgetful' AND action = 'locked'")
			.query(Integer.class).single()).isEqualTo(1);
		mvc.perform(as("admin", get("/api/v1/users/forgetful"))).andExpect(jsonPath("$.locked").value(true));
		mvc.perform(post("/users/forgetful/unlock").with(csrf()).with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(redirectedUrl("/users/forgetful?unlocked"));
		mvc.perform(get("/api/v1/me").with(httpBasic("forgetful", "right-password-1"))).andExpect(status().isOk());
	}

	@Test
	void formLoginSignsInAndTheLoginPageKeepsFailuresGeneric() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "mbhashe.manager").param("password", DEMO))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").with(csrf()).param("username", "mbhashe.manager").param("password", "nope"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", "mbhashe.manager").param("password", DEMO))
			.andExpect(status().isForbidden());
	}

	@Test
	void theUserFormSaysWhenUsernameOrEmailIsTaken() throws Exception {
		var admin = user(accounts.loadUserByUsername("admin"));
		mvc.perform(post("/users").with(csrf()).with(admin).param("username", "mbhashe.officer").param("fullName", "Again")
			.param("email", "").param("password", "long-enough-1").param("roles", "OFFICER").param("organisationCode", "EC121"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("This username is already taken.")));
		mvc.perform(post("/users").with(csrf()).with(admin).param("username", "new.person").param("fullName", "Again")
			.param("email", "mbhashe.officer@demo.thusong.invalid").param("password", "long-enough-1").param("roles", "OFFICER")
			.param("organisationCode", "EC121"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("This e-mail address belongs to another user.")));
		mvc.perform(post("/users").with(csrf()).with(admin).param("lang", "tr").param("username", "mbhashe.officer")
			.param("fullName", "Again").param("password", "long-enough-1").param("roles", "OFFICER").param("organisationCode", "EC121"))
			.andExpect(content().string(containsString("Bu kullanıcı adı zaten alınmış.")));
		mvc.perform(post("/users").with(csrf()).with(admin).param("username", "").param("fullName", "")
			.param("password", "").param("organisationCode", "EC121"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Username is required")));
		mvc.perform(post("/users").with(csrf()).with(admin).param("username", "fresh.one").param("fullName", "Fresh One")
			.param("password", "long-enough-1").param("roles", "AGENT").param("organisationCode", "EC122"))
			.andExpect(redirectedUrl("/users/fresh.one?created"));
	}

	@Test
	void pageFormsWithoutCsrfTokenAreRefused() throws Exception {
		var admin = user(accounts.loadUserByUsername("admin"));
		mvc.perform(post("/users").with(admin).param("username", "no.csrf").param("fullName", "No").param("password", "long-enough-1")
			.param("roles", "OFFICER").param("organisationCode", "EC121")).andExpect(status().isForbidden());
		mvc.perform(post("/organisations").with(admin).param("code", "NO-CSRF").param("name", "No").param("kind", "NGO")
			.param("jurisdictionAreaCode", "EC121")).andExpect(status().isForbidden());
		mvc.perform(post("/account/password").with(admin).param("currentPassword", "platform-admin-1")
			.param("newPassword", "another-password").param("confirmPassword", "another-password")).andExpect(status().isForbidden());
	}

	@Test
	void pagesAreScopedAndShowDemoData() throws Exception {
		var officer = user(accounts.loadUserByUsername("mbhashe.officer"));
		mvc.perform(get("/organisations").with(officer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Mbhashe Local Municipality")))
			.andExpect(content().string(not(containsString("Mnquma"))))
			.andExpect(content().string(containsString("Demo data")));
		mvc.perform(get("/organisations/new").with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/users/new").with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/api-keys").with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/").with(officer)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/users\""))))
			.andExpect(content().string(containsString("ZA/EC/DC12/EC121")));
		var scopedAdmin = user(accounts.loadUserByUsername("amathole.admin"));
		mvc.perform(post("/organisations").with(csrf()).with(scopedAdmin).param("code", "EC-NGO8").param("name", "Far")
			.param("kind", "NGO").param("jurisdictionAreaCode", "EC")).andExpect(status().isOk())
			.andExpect(content().string(containsString("This area lies outside your scope.")));
		mvc.perform(post("/organisations").with(csrf()).with(scopedAdmin).param("code", "ec121").param("name", "Dup")
			.param("kind", "NGO").param("jurisdictionAreaCode", "EC121")).andExpect(status().isOk())
			.andExpect(content().string(containsString("An organisation with the code ec121 already exists.")));
		mvc.perform(get("/organisations/EC121/users").with(scopedAdmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("mbhashe.pms")));
		mvc.perform(get("/users").with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Demo: Mbhashe manager")));
	}

	@Test
	void namesTheRequestInTheResponse() throws Exception {
		mvc.perform(as("mbhashe.officer", get("/api/v1/me")).header("X-Request-Id", "abc-123"))
			.andExpect(header().string("X-Request-Id", "abc-123"));
		mvc.perform(as("mbhashe.officer", get("/api/v1/me")).header("X-Request-Id", "bad id <script>"))
			.andExpect(header().string("X-Request-Id", not("bad id <script>")));
	}

	@Test
	void everyoneChangesTheirOwnPasswordGivenTheCurrentOne() throws Exception {
		mvc.perform(as("admin", json(post("/api/v1/users"), """
				{"username":"password.changer","name":"Changer","password":"first-password-1","roles":["OFFICER"],"organisationCode":"EC121"}""")))
			.andExpect(status().isCreated());
		var councillor = user(accounts.loadUserByUsername("password.changer"));
		mvc.perform(post("/account/password").with(csrf()).with(councillor).param("currentPassword", "wrong-one-here")
			.param("newPassword", "a-new-password").param("confirmPassword", "a-new-password"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("That is not your current password.")));
		mvc.perform(post("/account/password").with(csrf()).with(councillor).param("currentPassword", "first-password-1")
			.param("newPassword", "short").param("confirmPassword", "short"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("at least 10 characters")));
		mvc.perform(post("/account/password").with(csrf()).with(councillor).param("currentPassword", "first-password-1")
			.param("newPassword", "password.changer").param("confirmPassword", "password.changer"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("must not be the username")));
		mvc.perform(post("/account/password").with(csrf()).with(councillor).param("currentPassword", "first-password-1")
			.param("newPassword", "a-new-password").param("confirmPassword", "a-new-password"))
			.andExpect(redirectedUrl("/account?passwordChanged"));
		mvc.perform(get("/api/v1/me").with(httpBasic("password.changer", "a-new-password"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic("password.changer", "first-password-1"))).andExpect(status().isUnauthorized());
	}

	@Test
	void administratorsPagesRenderInBothLanguages() throws Exception {
		var admin = user(accounts.loadUserByUsername("admin"));
		mvc.perform(get("/organisations/EC121").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Technical Services")))
			.andExpect(content().string(containsString("href=\"/areas/EC121\"")))
			.andExpect(content().string(containsString("hx-get=\"/organisations/EC121/users\"")));
		mvc.perform(get("/organisations/EC121/edit").with(admin)).andExpect(status().isOk());
		mvc.perform(get("/organisations/new").with(admin)).andExpect(status().isOk());
		mvc.perform(get("/organisations?kind=NGO&q=water").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Demo: Mbhashe Community Water Forum")))
			.andExpect(content().string(not(containsString("Mnquma"))));
		mvc.perform(get("/organisations?kind=CLUB").with(admin)).andExpect(status().isBadRequest());
		mvc.perform(get("/organisations?lang=tr&q=Erzincan").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Erzincan Belediyesi")))
			.andExpect(content().string(containsString("Kurumlar")));
		mvc.perform(post("/organisations/EC121/departments").with(csrf()).with(admin).param("code", "technical")
			.param("name", "Again")).andExpect(status().isOk())
			.andExpect(content().string(containsString("A department with the code technical already exists here.")));
		mvc.perform(post("/organisations/EC121/departments").with(csrf()).with(admin).param("code", "WATER")
			.param("name", "Water and Sanitation")).andExpect(redirectedUrl("/organisations/EC121/edit?departmentAdded"));
		mvc.perform(post("/organisations/EC121/departments/WATER").with(csrf()).with(admin).param("name", "Water Services"))
			.andExpect(redirectedUrl("/organisations/EC121/edit?departmentRenamed"));
		mvc.perform(get("/api/v1/organisations/EC121").with(httpBasic("admin", "platform-admin-1")))
			.andExpect(jsonPath("$.departments[6].name").value("Water Services"));
		mvc.perform(post("/organisations/EC121").with(csrf()).with(admin).param("name", "Mbhashe Local Municipality")
			.param("kind", "MUNICIPALITY").param("jurisdictionAreaCode", "NOWHERE")).andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no area with this code")));
		mvc.perform(get("/users/mbhashe.officer").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Demo: Mbhashe officer")));
		mvc.perform(get("/users/new?lang=tr").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Yeni kullanıcı")));
		mvc.perform(get("/account").with(admin)).andExpect(status().isOk());
		mvc.perform(get("/api-keys").with(admin)).andExpect(status().isOk());
		mvc.perform(post("/api-keys").with(csrf()).with(admin).param("name", "Dashboard").param("roles", "AUDITOR")
			.param("organisationCode", "DC12")).andExpect(status().isOk())
			.andExpect(content().string(containsString("thusong_")))
			.andExpect(content().string(containsString("shown only once")));
		mvc.perform(post("/api-keys").with(csrf()).with(user(accounts.loadUserByUsername("amathole.admin")))
			.param("name", "Far").param("roles", "OFFICER").param("organisationCode", "EC-COGTA")).andExpect(status().isOk())
			.andExpect(content().string(containsString("This organisation lies outside your scope.")));
	}
}
