package org.thusong.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ThusongIntegrationTest(properties = "thusong.requests.escalation-interval=PT24H")
@AutoConfigureMockMvc
class ServiceLevelsIntegrationTests {

	static final Scope MBHASHE = Scope.of("ZA/EC/DC12/EC121");

	@Autowired
	RequestDesk desk;

	@Autowired
	ServiceLevels levels;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	String file(String service, String description) {
		return desk.file(new NewServiceRequest("EC121", service, RequestKind.REQUEST, description, -32.10, 28.31, null, null,
				null, null, null, null, FiledBy.CITIZEN, Channel.WEB,
				service.equals("water-leak") ? Map.of("where", List.of("street")) : Map.of()), null).reference();
	}

	void makeOverdue(String reference, Duration by) {
		jdbc.sql("UPDATE service_request SET due_at = now() - CAST(:by AS interval) WHERE reference = :ref")
			.param("by", by.toSeconds() + " seconds").param("ref", reference).update();
	}

	@Test
	void escalatesEachOverdueRequestOnceEvenWhenTwoInstancesRunTogether() throws Exception {
		String late = file("water-leak", "Overdue leak");
		String onTime = file("water-leak", "Leak still within its time");
		makeOverdue(late, Duration.ofHours(2));

		ExecutorService instances = Executors.newFixedThreadPool(2);
		Callable<Integer> run = levels::escalateOverdue;
		List<Future<Integer>> runs = instances.invokeAll(List.of(run, run));
		instances.shutdown();
		int total = 0;
		for (Future<Integer> r : runs) {
			total += r.get();
		}
		total += levels.escalateOverdue();

		assertThat(total).isEqualTo(1);
		assertThat(steps(late, "escalated")).isEqualTo(1);
		assertThat(steps(onTime, "escalated")).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :ref AND action = 'escalated'")
			.param("ref", late).query(Integer.class).single()).isEqualTo(1);
	}

	int steps(String reference, String action) {
		return jdbc.sql("""
				SELECT count(*) FROM service_request_step s JOIN service_request r ON r.id = s.request_id
				 WHERE r.reference = :ref AND s.action = :action""")
			.param("ref", reference).param("action", action).query(Integer.class).single();
	}

	@Test
	void countsOnTimeLateAndPendingPerService() {
		String fast = file("streetlight-out", "Fixed in time");
		desk.assign(fast, "TECHNICAL", null, "agent", MBHASHE);
		desk.resolve(fast, "Filled", "officer", MBHASHE);
		String slow = file("streetlight-out", "Fixed late");
		desk.assign(slow, "TECHNICAL", null, "agent", MBHASHE);
		desk.resolve(slow, "Filled at last", "officer", MBHASHE);
		jdbc.sql("UPDATE service_request SET due_at = resolved_at - interval '1 hour' WHERE reference = :ref").param("ref", slow).update();
		String overdue = file("streetlight-out", "Still open and late");
		makeOverdue(overdue, Duration.ofHours(1));
		file("streetlight-out", "Still open, not yet due");

		OnTime streetlights = levels.onTime(MBHASHE, OnTimeGroup.SERVICE, "EC121", null, null).stream()
			.filter(o -> o.group().equals("streetlight-out")).findFirst().orElseThrow();
		assertThat(streetlights.total()).isEqualTo(4);
		assertThat(streetlights.onTime()).isEqualTo(1);
		assertThat(streetlights.late()).isEqualTo(2);
		assertThat(streetlights.pending()).isEqualTo(1);
		assertThat(streetlights.percent()).isEqualTo(33.3);
		assertThat(levels.onTime(Scope.of("ZA/EC/DC12/EC122"), OnTimeGroup.SERVICE, null, null, null)).isEmpty();
	}

	@Test
	void countsTargetsInTheWorkingCalendarAnOrganisationSets() throws Exception {
		ThusongUser manager = new ThusongUser(5, "mbhashe.manager", "Manager", Set.of(Role.MANAGER), "EC121", MBHASHE, false, "x");
		mvc.perform(put("/api/v1/organisations/EC121/working-calendar").with(user(manager)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"workDays":["monday","tuesday","wednesday","thursday","friday"],"dayStart":"08:00","dayEnd":"16:30",
						 "holidays":["2026-12-16"]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.zone").value("Africa/Johannesburg"));
		mvc.perform(put("/api/v1/organisations/EC121/working-calendar").with(user(manager)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"workDays\":[\"someday\"],\"dayStart\":\"08:00\",\"dayEnd\":\"16:30\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.workDays").exists());
		mvc.perform(put("/api/v1/organisations/EC122/working-calendar").with(user(manager)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"workDays\":[\"monday\"],\"dayStart\":\"08:00\",\"dayEnd\":\"16:30\"}"))
			.andExpect(status().isNotFound());

		ServiceRequest request = desk.file(new NewServiceRequest("EC121", "pothole", RequestKind.REQUEST, "Hole", -32.10, 28.31,
				null, null, null, null, null, null, FiledBy.CITIZEN, Channel.WEB, Map.of()), null);
		// 168 working hours of 8.5 a day is about four working weeks: far more than 168 calendar hours.
		assertThat(Duration.between(request.filing().submittedAt(), request.dueAt())).isGreaterThan(Duration.ofDays(25));
		mvc.perform(get("/api/v1/requests/service-levels").param("by", "galaxy").with(user(manager)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.by").exists());
		mvc.perform(get("/api/v1/requests/service-levels").param("by", "month").param("from", "yesterday").with(user(manager)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.from").exists());
		mvc.perform(get("/api/v1/requests/service-levels").param("by", "department").with(user(manager)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].group").exists());
		assertThat(Instant.now()).isNotNull();
	}
}
