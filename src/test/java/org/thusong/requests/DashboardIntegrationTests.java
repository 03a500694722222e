package org.thusong.requests;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	RequestTallies tallies;

	@Autowired
	RequestDashboard dashboard;

	@Autowired
	JdbcClient jdbc;

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
		tallies.recountNow();
		String before = data();
		file("illegal-dumping", -32.10, 28.31, null, null, null);
		file("illegal-dumping", null, null, null, null, null);
		file("pothole", -32.10, 28.31, null, null, null);

		// The figures are pre-counted in the background: until the next pass they stand still.
		assertThat(thisMonth(data())).isEqualTo(thisMonth(before));
		tallies.recountNow();
		String after = data();
		assertThat(thisMonth(after)).isEqualTo(thisMonth(before) + 3);
		assertThat(top(after, "illegal-dumping")).isEqualTo(top(before, "illegal-dumping") + 2);
		assertThat(top(after, "pothole")).isEqualTo(top(before, "pothole") + 1);
		// New requests start as submitted.
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
			.andExpect(content().string(containsString("id=\"counted-at\"")))
			.andExpect(content().string(containsString("/dist/chart.umd.js")))
			.andExpect(content().string(containsString("/js/dashboard.js")));
		mvc.perform(get("/requests/dashboard").param("lang", "tr").with(staff("mbhashe.manager", Role.MANAGER, "EC121", MBHASHE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Talep paneli")))
			.andExpect(content().string(containsString("Aylara göre talepler")));
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
		mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
	}

	/**
	 * Whatever happens to requests (filed in several wards, acknowledged, resolved on time and
	 * late, rejected, merged as duplicates, overdue), after a pass the pre-counted dashboard shows
	 * exactly what counting every request would.
	 */
	@Test
	void thePreCountedFiguresEqualACountOverEveryRequest() throws Exception {
		Scope scope = Scope.of(MBHASHE);
		List<String> filed = new java.util.ArrayList<>();
		String[] services = { "pothole", "streetlight-out", "illegal-dumping", "no-water" };
		for (int i = 0; i < 12; i++) {
			filed.add(i % 3 == 0 ? file(services[i % 4], null, null, null, null, null)
					: file(services[i % 4], -32.10 - i * 0.001, 28.31, null, null, null));
		}
		desk.acknowledge(filed.get(0), "agent.mbhashe", scope);
		desk.reject(filed.get(1), "Not a municipal matter", "agent.mbhashe", scope);
		desk.markDuplicate(filed.get(2), filed.get(3), "agent.mbhashe", scope);
		desk.assign(filed.get(4), "TECHNICAL", null, "agent.mbhashe", scope);
		desk.resolve(filed.get(4), "Fixed", "agent.mbhashe", scope);
		// One resolved after its due time, one open and overdue, as if filed a month ago.
		desk.assign(filed.get(5), "TECHNICAL", null, "agent.mbhashe", scope);
		desk.resolve(filed.get(5), "Fixed late", "agent.mbhashe", scope);
		jdbc.sql("UPDATE service_request SET due_at = resolved_at - interval '1 hour' WHERE reference = :r")
			.param("r", filed.get(5)).update();
		jdbc.sql("""
				UPDATE service_request SET submitted_at = now() - interval '35 days', due_at = now() - interval '30 days',
				       updated_at = now() WHERE reference = :r""")
			.param("r", filed.get(6)).update();

		tallies.recountNow();
		RequestDashboard.Figures counted = dashboard.figures(Scope.of(MBHASHE), "EC121");
		RequestDashboard.Figures raw = RawDashboard.figures(jdbc, "EC121", MBHASHE);
		assertThat(counted.volumeByMonth()).isEqualTo(raw.volumeByMonth());
		assertThat(counted.topServices()).isEqualTo(raw.topServices());
		assertThat(counted.backlogByStatus()).isEqualTo(raw.backlogByStatus());
		assertThat(counted.onTimeByService()).isEqualTo(raw.onTimeByService());
		assertThat(counted.onTime()).isEqualTo(raw.onTime());
		assertThat(counted.longestWaits()).isEqualTo(raw.longestWaits());
		assertThat(counted.onTime().late()).isGreaterThanOrEqualTo(2);
		assertThat(counted.countedAt()).isNotNull();

		// A request that falls overdue with no change to its row (its last change long before the
		// last pass) is counted late at the first pass after its due time.
		jdbc.sql("""
				UPDATE service_request SET due_at = now() + interval '2 seconds', updated_at = now() - interval '1 day'
				 WHERE reference = :r""")
			.param("r", filed.get(7)).update();
		long lateBefore = dashboard.figures(Scope.of(MBHASHE), "EC121").onTime().late();
		Thread.sleep(2_500);
		tallies.recountNow();
		assertThat(dashboard.figures(Scope.of(MBHASHE), "EC121").onTime().late()).isEqualTo(lateBefore + 1);
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
