package org.thusong.requests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class RequestDeskIntegrationTests {

	static final Scope MBHASHE = Scope.of("ZA/EC/DC12/EC121");

	static final Scope MNQUMA = Scope.of("ZA/EC/DC12/EC122");

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestQueue queue;

	@Autowired
	RequestViews views;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	static NewServiceRequest leakAtDutywa(String description) {
		return new NewServiceRequest("EC121", "water-leak", RequestKind.REQUEST, description, -32.10, 28.31, null, null, null,
				"Nomsa Dlamini", "+27 82 555 0101", "nomsa@example.org", FiledBy.CITIZEN, Channel.WEB,
				Map.of("where", List.of("street")));
	}

	@Test
	void filesARequestWithAReadableReferenceInItsWardRoutedAndOnTheClock() {
		ServiceRequest request = desk.file(leakAtDutywa("Water running down the street by the clinic"), null);

		assertThat(request.reference()).matches("EC121-20\\d\\d-\\d{6}");
		assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.filing().wardCode()).isEqualTo("21201009");
		assertThat(request.filing().wardDemarcation()).isEqualTo("ZA-2011");
		assertThat(request.filing().areaPath()).isEqualTo("ZA/EC/DC12/EC121/21201009");
		assertThat(request.departmentCode()).isEqualTo("TECHNICAL");
		assertThat(Duration.between(request.filing().submittedAt(), request.dueAt())).isEqualTo(Duration.ofHours(24));
		assertThat(request.filing().reporter().phone()).isEqualTo("+27825550101");

		ServiceRequest next = desk.file(leakAtDutywa("Another leak"), null);
		assertThat(Integer.parseInt(next.reference().substring(next.reference().lastIndexOf('-') + 1)))
			.isEqualTo(Integer.parseInt(request.reference().substring(request.reference().lastIndexOf('-') + 1)) + 1);
	}

	@Test
	void handsOutDistinctReferenceNumbersToPeopleFilingAtOnce() throws Exception {
		// Mnquma has had no request yet: its first ones race to create its number sequence.
		java.util.concurrent.ExecutorService people = java.util.concurrent.Executors.newFixedThreadPool(6);
		java.util.concurrent.Callable<String> filing = () -> desk.file(new NewServiceRequest("EC122", "pothole",
				RequestKind.COMPLAINT, "Deep hole in Butterworth", -32.33, 28.15, null, null, null, null, null, null,
				FiledBy.CITIZEN, Channel.WEB, Map.of()), null).reference();
		List<String> references = new java.util.ArrayList<>();
		for (java.util.concurrent.Future<String> f : people.invokeAll(java.util.Collections.nCopies(12, filing))) {
			references.add(f.get());
		}
		people.shutdown();
		assertThat(references).doesNotHaveDuplicates().hasSize(12).allMatch(r -> r.matches("EC122-20\\d\\d-\\d{6}"));
	}

	@Test
	void refusesAPlaceInAnotherMunicipalityNamingTheRightOne() {
		NewServiceRequest inButterworth = new NewServiceRequest("EC121", "pothole", RequestKind.COMPLAINT, "Deep hole",
				-32.33, 28.15, null, null, null, null, null, null, FiledBy.CITIZEN, Channel.WEB, Map.of());
		assertThatThrownBy(() -> desk.file(inButterworth, null)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("location")
			.hasMessageContaining("Mnquma Local Municipality (EC122)");
		assertThat(jdbc.sql("SELECT count(*) FROM service_request WHERE description = 'Deep hole'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void namesTheFieldOfEachBadInput() {
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC121", "no-such-service", null, "x", -32.10, 28.31, null,
				null, null, null, null, null, null, null, null), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("serviceCode");
		assertThatThrownBy(() -> desk.file(leakAtDutywa("x".repeat(4001)), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("description").hasMessageContaining("4,000");
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC121", "water-leak", null, "Leak", -32.10, 28.31, null, null,
				null, null, null, null, null, null, Map.of("where", List.of("on the moon"))), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("attribute[where]").hasMessageContaining("street");
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC121", "water-leak", null, "Leak", -32.10, 28.31, null, null,
				null, null, null, null, null, null, Map.of()), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("attribute[where]").hasMessageContaining("required");
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC121", "pothole", null, "Hole", null, null, null, null, null,
				null, null, null, null, null, null), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("location");
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC121", "pothole", null, "Hole", 95.0, 28.31, null, null, null,
				null, null, null, null, null, null), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("lat");
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC121", "pothole", null, "Hole", -32.10, 28.31, null, null,
				null, null, null, "not-an-address", null, null, null), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("email");
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC-COGTA", "pothole", null, "Hole", -32.10, 28.31, null, null,
				null, null, null, null, null, null, null), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("organisationCode");
	}

	@Test
	void takesAWardChosenFromAListWhereNoPointIsGiven() {
		ServiceRequest request = desk.file(new NewServiceRequest("EC121", "refuse-not-collected", null, "Bins full", null, null,
				"21201032", null, null, null, null, null, FiledBy.COMMUNITY_REPRESENTATIVE, Channel.PHONE, Map.of()), "ward.councillor");
		assertThat(request.filing().wardDemarcation()).isEqualTo("ZA-2016");
		assertThat(request.filing().areaPath()).isEqualTo("ZA/EC/DC12/EC121/21201032");
		assertThat(request.departmentCode()).isEqualTo("COMMUNITY");
		assertThatThrownBy(() -> desk.file(new NewServiceRequest("EC121", "pothole", null, "Hole", null, null, "21202001",
				"ZA-2011", null, null, null, null, null, null, null), null))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("ward").hasMessageContaining("not in Mbhashe");
	}

	@Test
	void walksTheLifecycleAndRefusesIllegalSteps() {
		String ref = desk.file(leakAtDutywa("Leak for the lifecycle"), null).reference();
		desk.acknowledge(ref, "agent.mbhashe", MBHASHE);
		assertThatThrownBy(() -> desk.close(ref, "agent.mbhashe", MBHASHE)).isInstanceOf(Conflict.class)
			.hasMessageContaining("acknowledged").hasMessageContaining("closed");
		desk.assign(ref, "TECHNICAL", "mbhashe.officer", "agent.mbhashe", MBHASHE);
		desk.startWork(ref, "mbhashe.officer", MBHASHE);
		desk.addNote(ref, "The team is on site", true, "mbhashe.officer", MBHASHE);
		desk.addNote(ref, "Needs a 110 mm coupling", false, "mbhashe.officer", MBHASHE);
		desk.resolve(ref, "Pipe replaced", "mbhashe.officer", MBHASHE);
		desk.rate(ref, 4, "Quick, thank you");
		desk.close(ref, "mbhashe.manager", MBHASHE);

		RequestView staff = views.forStaff(ref, MBHASHE);
		assertThat(staff.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(staff.rating()).isEqualTo(4);
		assertThat(staff.history()).extracting(ServiceRequest.Step::action)
			.containsExactly("submitted", "acknowledged", "assigned", "started", "public-note", "internal-note", "resolved",
					"rated", "closed");
		RequestView visitor = views.forPublic(ref);
		assertThat(visitor.reporterName()).isNull();
		assertThat(visitor.history()).extracting(ServiceRequest.Step::note).contains("The team is on site", "Pipe replaced")
			.doesNotContain("Needs a 110 mm coupling");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ?").param(ref).query(Integer.class).single())
			.isEqualTo(9);

		desk.reopenByReporter(ref, "It is leaking again");
		assertThat(views.forStaff(ref, MBHASHE).status()).isEqualTo(RequestStatus.REOPENED);
	}

	@Test
	void mergesDuplicatesAndTheOriginalCountsItsReporters() {
		String original = desk.file(leakAtDutywa("Leak by the taxi rank"), null).reference();
		String second = desk.file(leakAtDutywa("Same leak, taxi rank"), null).reference();
		desk.markDuplicate(second, original, "agent.mbhashe", MBHASHE);
		assertThat(views.forStaff(original, MBHASHE).reports()).isEqualTo(2);
		assertThat(views.forStaff(second, MBHASHE).duplicateOf()).isEqualTo(original);
	}

	@Test
	void aMnqumaOfficerNeverSeesMbhasheRequests() {
		String ref = desk.file(leakAtDutywa("Leak only Mbhashe sees"), null).reference();
		assertThatThrownBy(() -> views.forStaff(ref, MNQUMA)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> desk.acknowledge(ref, "mnquma.officer", MNQUMA)).isInstanceOf(NotFound.class);
		assertThat(queue.page(MNQUMA, RequestFilter.all(), new PageRequestOf(0, 50)).items())
			.extracting(RequestSummary::reference).doesNotContain(ref);
		assertThat(queue.page(MBHASHE, RequestFilter.all(), new PageRequestOf(0, 500)).items())
			.extracting(RequestSummary::reference).contains(ref);
		assertThat(queue.page(Scope.of("ZA/EC/DC12"), new RequestFilter(null, Set.of(RequestStatus.SUBMITTED), null, null,
				null, "+27 82 555 0101", null, null, false, null), new PageRequestOf(0, 500)).items())
			.extracting(RequestSummary::reference).contains(ref);
	}

	static RequestPostProcessor staff(String username, Role role, String organisation, String path) {
		return user(new ThusongUser(9, username, username, Set.of(role), organisation, Scope.of(path), false, "x"));
	}

	@Test
	void theApiFilesListsAndMovesRequestsAndAnswersBadInputWith4xx() throws Exception {
		RequestPostProcessor agent = staff("agent.mbhashe", Role.AGENT, "EC121", "ZA/EC/DC12/EC121");
		String body = """
				{"organisationCode":"EC121","serviceCode":"pothole","description":"<script>alert(1)</script> hole",
				 "lat":-32.10,"lon":28.31,"phone":"0825550199","attributes":{"size":["large"]}}""";
		String location = mvc.perform(post("/api/v1/requests").with(agent).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.channel").value("API"))
			.andExpect(jsonPath("$.description").value("<script>alert(1)</script> hole"))
			.andReturn().getResponse().getHeader("Location");
		String ref = location.substring(location.lastIndexOf('/') + 1);

		mvc.perform(post("/api/v1/requests/" + ref + "/assign").with(agent).contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\":\"TECHNICAL\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"));
		mvc.perform(post("/api/v1/requests/" + ref + "/close").with(agent))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").exists());
		mvc.perform(post("/api/v1/requests/" + ref + "/assign").with(agent).contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\":\"NOPE\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.department").exists());
		mvc.perform(get("/api/v1/requests").param("status", "open").with(agent))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[*].reference").value(org.hamcrest.Matchers.hasItem(ref)));
		mvc.perform(get("/api/v1/requests").param("status", "sleeping").with(agent))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.status").exists());
		mvc.perform(get("/api/v1/requests/" + ref).with(staff("mnquma.officer", Role.OFFICER, "EC122", "ZA/EC/DC12/EC122")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/requests").with(agent).contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationCode\":\"EC121\",\"serviceCode\":\"pothole\",\"description\":\"x\",\"lat\":-32.1}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.long").exists());
		mvc.perform(post("/api/v1/requests").with(agent).contentType(MediaType.APPLICATION_JSON).content("{\"lat\":"))
			.andExpect(status().isBadRequest());
	}
}
