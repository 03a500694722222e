package org.thusong.requests;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The municipality dashboard, the public map of open requests and the possible duplicates on the form. */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class DashboardIntegrationTests {

	static final String MBHASHE = "ZA/EC/DC12/EC121";

	@Autowired
	RequestDesk desk;

	@Autowired
	MockMvc mvc;

	static RequestPostProcessor staff(String username, Role role, String organisation, String path) {
		return user(new ThusongUser(40, username, username, Set.of(role), organisation, Scope.of(path), false, "x"));
	}

	String file(String service, Double lat, Double lon, String name, String phone, String email) {
		return desk.file(new NewServiceRequest("EC121", service, RequestKind.REQUEST, "Report for the dashboard", lat, lon,
				lat == null ? "21201032" : null, null, null, name, phone, email, FiledBy.CITIZEN, Channel.WEB, Map.of()), null)
			.reference();
	}

	String data() throws Exception {
		return mvc.perform(get("/requests/dashboard/data").param("organisation", "EC121")
				.with(staff("mbhashe.manager", Role.MANAGER, "EC121", MBHASHE)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	static long thisMonth(String json) {
		List<Integer> counts = JsonPath.read(json, "$.volumeByMonth[*].count");
		assertThat(counts).hasSize(12);
		return counts.get(11);
	}

	static long top(String json, String service) {
		List<Integer> counts = JsonPath.read(json, "$.topServices[?(@.key == '" + service + "')].count");
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	static long backlog(String json, String status) {
		List<Integer> counts = JsonPath.read(json, "$.backlogByStatus[?(@.key == '" + status + "')].count");
		return counts.get(0);
	}

	@Test
	void dashboardFiguresFollowTheRequestsFiled() throws Exception {
		String before = data();
		file("illegal-dumping", -32.10, 28.31, null, null, null);
		file("illegal-dumping", null, null, null, null, null);
		file("pothole", -32.10, 28.31, null, null, null);

		// Volumes come from request_need_by_area, which an asynchronous listener keeps: wait for it.
		long deadline = System.currentTimeMillis() + 20_000;
		String after = data();
		while (thisMonth(after) < thisMonth(before) + 3 && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			after = data();
		}
		assertThat(thisMonth(after)).isEqualTo(thisMonth(before) + 3);
		assertThat(top(after, "illegal-dumping")).isEqualTo(top(before, "illegal-dumping") + 2);
		assertThat(top(after, "pothole")).isEqualTo(top(before, "pothole") + 1);
		// The backlog is read from open requests at once; new requests start as submitted.
		long open = backlog(before, "SUBMITTED") + backlog(before, "ACKNOWLEDGED") + backlog(before, "ASSIGNED");
		long openAfter = backlog(after, "SUBMITTED") + backlog(after, "ACKNOWLEDGED") + backlog(after, "ASSIGNED");
		assertThat(openAfter).isEqualTo(open + 3);
		List<String> wards = JsonPath.read(after, "$.longestWaits[*].wardCode");
		assertThat(wards).isNotEmpty().hasSizeLessThanOrEqualTo(10);

		mvc.perform(get("/requests/dashboard").with(staff("mbhashe.manager", Role.MANAGER, "EC121", MBHASHE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Requests dashboard: Mbhashe")))
			.andExpect(content().string(containsString("id=\"volume-table\"")))
			.andExpect(content().string(containsString("data-value=\"" + thisMonth(after) + "\"")))
			.andExpect(content().string(containsString("/dist/chart.umd.js")))
			.andExpect(content().string(containsString("/js/dashboard.js")));
		mvc.perform(get("/requests/dashboard").param("lang", "tr").with(staff("mbhashe.manager", Role.MANAGER, "EC121", MBHASHE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Talep paneli")))
			.andExpect(content().string(containsString("Aylara göre talepler")));
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
		mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
	}

	@Test
	void aCoordinatorChoosesAmongTheMunicipalitiesInScopeAndNoOneSeesOutsideIt() throws Exception {
		RequestPostProcessor mnquma = staff("mnquma.officer", Role.OFFICER, "EC122", "ZA/EC/DC12/EC122");
		mvc.perform(get("/requests/dashboard").param("organisation", "EC121").with(mnquma)).andExpect(status().isNotFound());
		mvc.perform(get("/requests/dashboard/data").param("organisation", "EC121").with(mnquma))
			.andExpect(status().isNotFound());
		mvc.perform(get("/requests/dashboard").with(staff("ward.councillor", Role.COMMUNITY_REPRESENTATIVE, "EC121", MBHASHE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/requests/dashboard")).andExpect(status().is3xxRedirection());

		RequestPostProcessor coordinator = staff("amathole.coordinator", Role.COORDINATOR, "DC12", "ZA/EC/DC12");
		mvc.perform(get("/requests/dashboard").param("organisation", "EC121").with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dashboard-choose\"")))
			.andExpect(content().string(containsString("Requests dashboard: Mbhashe")));
	}

	@Test
	void thePublicMapOfOpenRequestsNamesNoOne() throws Exception {
		String reference = file("streetlight-out", -32.11, 28.32, "Nomsa Dlamini", "0821234567", "nomsa@example.org");
		String json = mvc.perform(get("/report/EC121/open.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.reference == '" + reference + "')].lat").value(-32.11))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("Nomsa", "Dlamini", "0821234567", "nomsa@example.org", "Report for the dashboard",
				"phone", "email", "\"name\"", "description");
		mvc.perform(get("/report/EC121/open"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("id=\"open-map\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nomsa"))));
		mvc.perform(get("/report/EC121/open").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("açık talepler")));
		mvc.perform(get("/report/NOPE/open.json")).andExpect(status().isNotFound());
	}

	@Test
	void theFormOffersOpenRequestsOfTheSameServiceNearby() throws Exception {
		String here = file("no-water", -32.1200, 28.3000, "Sipho", "0830000000", null);
		String far = file("no-water", -32.1500, 28.3000, null, null, null);
		String json = mvc.perform(get("/report/EC121/nearby.json").param("service", "no-water")
				.param("lat", "-32.1201").param("lon", "28.3001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reference").value(here))
			.andExpect(jsonPath("$[0].statusUrl").value("/status/" + here))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain(far, "Sipho", "0830000000", "description");
		mvc.perform(get("/report/EC121/nearby.json").param("service", "no-water").param("lat", "north")
				.param("lon", "28.4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.lat").exists());
		mvc.perform(get("/report/EC121/nearby.json").param("service", "no-water").param("lat", "-132")
				.param("lon", "28.4"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/report/EC121").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zaten bildirildi mi?")));
	}
}
