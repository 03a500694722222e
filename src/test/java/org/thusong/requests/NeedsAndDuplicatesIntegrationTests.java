package org.thusong.requests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ThusongIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class NeedsAndDuplicatesIntegrationTests {

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestTallies tallies;

	@Autowired
	ApplicationEvents events;

	String fileAt(String service, double lat, double lon) {
		return desk.file(new NewServiceRequest("EC121", service, RequestKind.REQUEST, "Report", lat, lon, null, null, null, null,
				null, null, FiledBy.CITIZEN, Channel.WEB, Map.of()), null).reference();
	}

	@Test
	void showsOpenRequestsOfTheSameServiceNearby() throws Exception {
		String here = fileAt("streetlight-out", -32.1000, 28.3100);
		String farther = fileAt("streetlight-out", -32.1100, 28.3100);
		String otherService = fileAt("pothole", -32.1001, 28.3101);

		// About 15 m away: the first is a possible duplicate; 1.1 km away is not; another service is not.
		List<RequestSummary> nearby = queue.nearby("EC121", "streetlight-out", -32.1001, 28.3101, 200, Duration.ofDays(7));
		assertThat(nearby).extracting(RequestSummary::reference).containsExactly(here)
			.doesNotContain(farther, otherService);
		assertThat(queue.nearby("EC121", "streetlight-out", -32.1001, 28.3101, 2000, Duration.ofDays(7)))
			.extracting(RequestSummary::reference).contains(here, farther);

		ThusongUser agent = new ThusongUser(3, "agent.mbhashe", "Agent", Set.of(Role.AGENT), "EC121", Scope.of("ZA/EC/DC12/EC121"),
				false, "x");
		mvc.perform(get("/api/v1/requests/nearby").param("organisation", "EC121").param("service", "streetlight-out")
				.param("lat", "-32.1001").param("lon", "28.3101").with(user(agent)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].reference").value(here));
		mvc.perform(get("/api/v1/requests/nearby").param("organisation", "EC121").param("service", "streetlight-out")
				.param("lat", "-132").param("lon", "28.3101").with(user(agent)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.lat").exists());
	}

	@Test
	void countsNeedsPerWardServiceAndMonthAndPublishesEachNewCount() throws Exception {
		fileAt("sewer-blockage", -32.10, 28.31);
		fileAt("sewer-blockage", -32.10, 28.31);
		tallies.recountNow();
		Integer count = jdbc.sql("""
				SELECT coalesce(sum(filed), 0) FROM request_tally
				 WHERE organisation_code = 'EC121' AND ward_code = '21201009' AND service_code = 'sewer-blockage'""")
			.query(Integer.class).single();
		assertThat(count).isEqualTo(2);
		assertThat(events.stream(AreaNeedsCounted.class)
			.filter(e -> e.wardCode().equals("21201009") && e.serviceCode().equals("sewer-blockage")))
			.extracting(AreaNeedsCounted::requests, AreaNeedsCounted::organisationCode)
			.contains(org.assertj.core.groups.Tuple.tuple(2, "EC121"));

		// A pass with nothing new publishes nothing new.
		events.clear();
		jdbc.sql("UPDATE service_request SET updated_at = now() - interval '1 day'").update();
		jdbc.sql("UPDATE request_tally_mark SET counted_up_to = now()").update();
		tallies.recountNow();
		assertThat(events.stream(AreaNeedsCounted.class)).isEmpty();
	}

	@Test
	void aRequestResolvedInTimeIsCountedOnTimeAndPublished() {
		String reference = fileAt("illegal-dumping", -32.10, 28.31);
		Scope mbhashe = Scope.of("ZA/EC/DC12/EC121");
		desk.assign(reference, "TECHNICAL", null, "agent.mbhashe", mbhashe);
		desk.resolve(reference, "Cleared", "agent.mbhashe", mbhashe);
		tallies.recountNow();
		assertThat(events.stream(ServiceLevelsCounted.class)
			.filter(e -> e.wardCode().equals("21201009") && e.serviceCode().equals("illegal-dumping")))
			.extracting(ServiceLevelsCounted::onTime, ServiceLevelsCounted::late)
			.last()
			.isEqualTo(org.assertj.core.groups.Tuple.tuple(1, 0));
	}
}
