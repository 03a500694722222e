package org.thusong.requests;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators and managers edit their municipality's catalogue, questions, routing rules and
 * working calendar through the pages; what they save is what the desk files against.
 */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class CataloguePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestDesk desk;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor staff(String username, Role role, String organisation, Scope scope) {
		return user(new ThusongUser(9, username, username, Set.of(role), organisation, scope, false, "x"));
	}

	static RequestPostProcessor mbhasheManager() {
		return staff("mbhashe.manager", Role.MANAGER, "EC121", Scope.of("ZA/EC/DC12/EC121"));
	}

	static RequestPostProcessor mnqumaManager() {
		return staff("mnquma.manager", Role.MANAGER, "EC122", Scope.of("ZA/EC/DC12/EC122"));
	}

	static MockHttpServletRequestBuilder newService(String code) {
		return post("/requests/catalogue/new").param("organisation", "EC121")
			.param("code", code)
			.param("groupCode", "water")
			.param("nameEn", "Broken standpipe")
			.param("nameTr", "Kırık çeşme")
			.param("descriptionEn", "A communal tap is broken.")
			.param("descriptionTr", "Ortak çeşme kırık.")
			.param("departmentCode", "TECHNICAL")
			.param("targetHours", "48")
			.param("priority", "HIGH")
			.param("keywords", "tap standpipe")
			.param("active", "true");
	}

	int services(String code) {
		return jdbc.sql("SELECT count(*) FROM request_service WHERE organisation_code = 'EC121' AND code = :c")
			.param("c", code).query(Integer.class).single();
	}

	@Test
	void anAdministratorOfNoMunicipalityChoosesOneForTheCatalogueAndTheConsole() throws Exception {
		RequestPostProcessor admin = staff("admin", Role.ADMIN, null, Scope.everything());
		mvc.perform(get("/requests/catalogue").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"choose-municipality\"")))
			.andExpect(content().string(containsString("Mbhashe Local Municipality (EC121)")))
			.andExpect(content().string(containsString("Erzincan Belediyesi (TR24-1318)")));
		mvc.perform(get("/requests/catalogue").param("organisation", "EC121").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pothole")));
		mvc.perform(get("/requests/console").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"choose-municipality\"")));
		// A provincial coordinator's list holds that province's municipalities only.
		mvc.perform(get("/requests/catalogue").with(staff("ec.admin", Role.ADMIN, null, Scope.of("ZA/EC"))))
			.andExpect(content().string(containsString("Mbhashe Local Municipality (EC121)")))
			.andExpect(content().string(not(containsString("TR24-1318"))));
	}

	@Test
	void theCatalogueShowsGroupedServicesInEnglishAndTurkishAndIsLinkedFromTheQueue() throws Exception {
		mvc.perform(get("/requests/catalogue").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Service catalogue")))
			.andExpect(content().string(containsString("Water leak")))
			.andExpect(content().string(containsString("water-leak")))
			.andExpect(content().string(containsString("High")));
		mvc.perform(get("/requests/catalogue").param("lang", "tr").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hizmet kataloğu")))
			.andExpect(content().string(containsString("Su kaçağı")));
		mvc.perform(get("/requests/catalogue/water-leak/edit").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Where is the leak?")));
		mvc.perform(get("/requests").with(mbhasheManager()))
			.andExpect(content().string(containsString("/requests/catalogue")));
		mvc.perform(get("/requests").with(staff("officer", Role.OFFICER, "EC121", Scope.of("ZA/EC/DC12/EC121"))))
			.andExpect(content().string(not(containsString("/requests/catalogue"))));
	}

	@Test
	void aPlatformAdminPicksTheMunicipalityAndOthersAreKeptOut() throws Exception {
		RequestPostProcessor platform = staff("platform", Role.ADMIN, null, Scope.everything());
		mvc.perform(get("/requests/catalogue").param("organisation", "EC121").with(platform))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mbhashe")));
		mvc.perform(get("/requests/catalogue").param("organisation", "EC121").with(mnqumaManager()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/requests/catalogue/water-leak/edit").param("organisation", "EC121").with(mnqumaManager()))
			.andExpect(status().isNotFound());
		mvc.perform(newService("sneaky").param("organisation", "EC121").with(mnqumaManager()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(services("sneaky")).isZero();
		mvc.perform(get("/requests/catalogue").with(staff("officer", Role.OFFICER, "EC121", Scope.of("ZA/EC/DC12/EC121"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNewServiceWithAListQuestionTakesRequests() throws Exception {
		mvc.perform(newService("standpipe").with(mbhasheManager()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/requests/catalogue/standpipe/edit?organisation=EC121"));
		mvc.perform(post("/requests/catalogue/standpipe/attributes/new").param("organisation", "EC121")
			.param("attributeCode", "damage")
			.param("type", "SINGLEVALUELIST")
			.param("required", "true")
			.param("position", "1")
			.param("attributeDescriptionEn", "What is broken?")
			.param("attributeDescriptionTr", "Ne kırık?")
			.param("choices", "tap|The tap|Musluk\r\npipe|The pipe|Boru\n")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/requests/catalogue/standpipe/edit").with(mbhasheManager()))
			.andExpect(content().string(containsString("What is broken?")));

		ServiceRequest filed = desk.file(new NewServiceRequest("EC121", "standpipe", RequestKind.REQUEST, "The tap is off",
				null, null, "21201032", null, null, null, null, null, FiledBy.CITIZEN, Channel.WEB,
				Map.of("damage", List.of("pipe"))), null);
		assertThat(filed.departmentCode()).isEqualTo("TECHNICAL");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'request-service' AND entity_id = 'EC121/standpipe'")
			.query(Integer.class).single()).isEqualTo(2);

		mvc.perform(post("/requests/catalogue/standpipe/deactivate").param("organisation", "EC121")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/report/EC121")).andExpect(content().string(not(containsString("Broken standpipe"))));
	}

	@Test
	void aDuplicateCodeOrABadChoicesLineIsSaidNextToTheFieldAndNothingIsSaved() throws Exception {
		mvc.perform(newService("water-leak").with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("already has a service with this code")));
		assertThat(services("water-leak")).isEqualTo(1);
		mvc.perform(newService("Bad Code").with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"code-error\"")));
		mvc.perform(newService("too-slow").param("targetHours", "9000").with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"targetHours-error\"")));
		assertThat(services("too-slow")).isZero();
		mvc.perform(newService("water-leak").param("lang", "tr").with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Katalogda bu kodla bir hizmet zaten var.")));

		mvc.perform(post("/requests/catalogue/pothole/attributes/new").param("organisation", "EC121")
			.param("attributeCode", "depth")
			.param("type", "SINGLEVALUELIST")
			.param("position", "2")
			.param("attributeDescriptionEn", "How deep?")
			.param("attributeDescriptionTr", "Ne kadar derin?")
			.param("choices", "shallow|Shallow|Sığ\ndeep-only-english|Deep")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"choices-error\"")))
			.andExpect(content().string(containsString("Line 2 is not key|English|Turkish")));
		assertThat(jdbc.sql("SELECT count(*) FROM request_service_attribute WHERE code = 'depth'").query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aRoutingRuleSendsANewRequestInItsWardToItsDepartment() throws Exception {
		mvc.perform(get("/requests/catalogue/pothole/routing").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("21201032")));
		mvc.perform(post("/requests/catalogue/pothole/routing").param("organisation", "EC121")
			.param("area", "21202001").param("departmentCode", "COMMUNITY")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"area-error\"")));
		mvc.perform(post("/requests/catalogue/pothole/routing").param("organisation", "EC121")
			.param("area", "21201032").param("departmentCode", "COMMUNITY")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		ServiceRequest routed = desk.file(new NewServiceRequest("EC121", "pothole", RequestKind.COMPLAINT, "Hole", null, null,
				"21201032", null, null, null, null, null, FiledBy.CITIZEN, Channel.WEB, Map.of()), null);
		assertThat(routed.departmentCode()).isEqualTo("COMMUNITY");

		long rule = jdbc.sql("SELECT id FROM request_routing_rule WHERE area_path LIKE '%/21201032'").query(Long.class).single();
		mvc.perform(post("/requests/catalogue/pothole/routing/" + rule + "/remove").param("organisation", "EC121")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		ServiceRequest unrouted = desk.file(new NewServiceRequest("EC121", "pothole", RequestKind.COMPLAINT, "Hole", null, null,
				"21201032", null, null, null, null, null, FiledBy.CITIZEN, Channel.WEB, Map.of()), null);
		assertThat(unrouted.departmentCode()).isEqualTo("TECHNICAL");
	}

	@Test
	void theWorkingCalendarSavesAndShows() throws Exception {
		mvc.perform(get("/requests/calendar").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("calendar hours")));
		mvc.perform(post("/requests/calendar").param("organisation", "EC121")
			.param("dayStart", "08:00").param("dayEnd", "16:30").param("holidays", "2026-12-16")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"workDays-error\"")));
		mvc.perform(post("/requests/calendar").param("organisation", "EC121")
			.param("workDays", "MONDAY", "FRIDAY").param("dayStart", "08:00").param("dayEnd", "16:30")
			.param("holidays", "2026-12-16\nnot a date")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"holidays-error\"")));
		mvc.perform(post("/requests/calendar").param("organisation", "EC121")
			.param("workDays", "MONDAY", "FRIDAY").param("dayStart", "08:00").param("dayEnd", "16:30")
			.param("holidays", "2026-12-16\n2026-12-25")
			.with(mbhasheManager()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/requests/calendar").param("lang", "tr").with(mbhasheManager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("çalışma saatleriyle")))
			.andExpect(content().string(containsString("2026-12-25")))
			.andExpect(content().string(containsString("value=\"FRIDAY\" checked")));
	}
}
