package org.thusong.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Amathole's forums: the two that overlap most, and how many meetings a month each member is expected at. */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class ForumsIntegrationTests {

	static final ThusongUser DISTRICT = new ThusongUser(95, "amathole.coordinator", "District", Set.of(Role.COORDINATOR), "DC12",
			Scope.of("ZA/EC/DC12"), false, "x");

	@Autowired
	Forums forums;

	@Autowired
	MockMvc mvc;

	@Test
	void theAuditFindsTheOverlapAndCountsTheMeetings() throws Exception {
		Forums.Forum mmForum = forums.create("District municipal managers' forum", Forums.ForumType.TECHNICAL,
				"Coordinate infrastructure planning and service delivery across the district", 12,
				List.of("EC121:Municipal Manager", "EC122:Municipal Manager", "EC123", "DC12"), DISTRICT);
		forums.create("District infrastructure technical forum", Forums.ForumType.TECHNICAL,
				"Coordinate infrastructure planning, water and sanitation projects across the district", 12,
				List.of("EC121:Municipal Manager", "EC122", "EC123", "DC12"), DISTRICT);
		forums.create("District mayors' forum", Forums.ForumType.POLITICAL, "Political oversight of district priorities", 4,
				List.of("EC121", "EC124", "DC12"), DISTRICT);

		Forums.Audit audit = forums.audit(DISTRICT.scope());
		Forums.Overlap top = audit.overlaps().get(0);
		assertThat(List.of(top.first().name(), top.second().name())).containsExactlyInAnyOrder(
				"District municipal managers' forum", "District infrastructure technical forum");
		assertThat(top.score()).isGreaterThan(audit.overlaps().get(1).score());
		assertThat(top.sharedMembers()).containsExactly("DC12", "EC121", "EC122", "EC123");
		// Mbhashe: 12 + 12 + 4 meetings a year = 2.3 a month; its municipal manager 24 a year = 2 a month.
		assertThat(audit.organisations()).filteredOn(f -> f.who().equals("EC121")).singleElement()
			.satisfies(f -> assertThat(f.meetingsPerMonth()).isEqualTo(2.3));
		assertThat(audit.officials()).filteredOn(f -> f.who().equals("Municipal Manager (EC121)")).singleElement()
			.satisfies(f -> assertThat(f.meetingsPerMonth()).isEqualTo(2.0));

		Forums.Meeting meeting = forums.recordMeeting(mmForum.id(), LocalDate.now().minusDays(10), "Water backlog; MIG spending",
				List.of("EC121 MM", "EC122 MM"), DISTRICT);
		Forums.Resolution late = forums.resolve(meeting.id(), "Report MIG spending", "EC121 MM", LocalDate.now().minusDays(1),
				DISTRICT);
		forums.resolve(meeting.id(), "Share the water master plan", "DC12", LocalDate.now().plusDays(20), DISTRICT);
		assertThat(forums.find(mmForum.id(), DISTRICT.scope()).orElseThrow().meetings().get(0).resolutions())
			.filteredOn(Forums.Resolution::overdue).extracting(Forums.Resolution::text).containsExactly("Report MIG spending");
		forums.complete(late.id(), DISTRICT);
		assertThat(forums.find(mmForum.id(), DISTRICT.scope()).orElseThrow().meetings().get(0).resolutions())
			.noneMatch(Forums.Resolution::overdue);

		assertThatThrownBy(() -> forums.create("X", Forums.ForumType.SECTOR, "ToR", 60, List.of("EC121"), DISTRICT))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("meetingsPerYear");
		assertThatThrownBy(() -> forums.create("X", Forums.ForumType.SECTOR, "ToR", 6, List.of("NOPE"), DISTRICT))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("NOPE");

		mvc.perform(get("/coordination/forums/audit").with(user(DISTRICT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Municipal Manager (EC121)")));
		mvc.perform(get("/coordination/forums/" + mmForum.id()).with(user(DISTRICT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Share the water master plan")));
		mvc.perform(post("/coordination/forums/" + mmForum.id() + "/meetings").param("heldOn", "soon").param("agenda", "x")
				.with(user(DISTRICT)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("heldOn")));
		// Minutes are a document of the convener's area; a disguised file is refused and nothing is recorded.
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/coordination/forums/" + mmForum.id() + "/meetings")
				.file(new org.springframework.mock.web.MockMultipartFile("minutes", "minutes.pdf", "application/pdf", pdf))
				.param("heldOn", LocalDate.now().toString()).param("agenda", "Minutes attached").with(user(DISTRICT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(forums.find(mmForum.id(), DISTRICT.scope()).orElseThrow().meetings())
			.filteredOn(m -> m.agenda().equals("Minutes attached")).singleElement()
			.satisfies(m -> assertThat(m.minutes()).isNotNull());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/coordination/forums/" + mmForum.id() + "/meetings")
				.file(new org.springframework.mock.web.MockMultipartFile("minutes", "minutes.pdf", "application/pdf", new byte[] { 0x4d, 0x5a, 1, 2 }))
				.param("heldOn", LocalDate.now().toString()).param("agenda", "Disguised").with(user(DISTRICT)).with(csrf()))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(forums.find(mmForum.id(), DISTRICT.scope()).orElseThrow().meetings())
			.noneMatch(m -> m.agenda().equals("Disguised"));
		mvc.perform(post("/coordination/forums").param("name", "Sector forum").param("type", "SECTOR")
				.param("termsOfReference", "Health and education").param("meetingsPerYear", "6").param("members", "EC121\nEC122")
				.with(user(DISTRICT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/coordination/forums").param("lang", "tr").with(user(DISTRICT)))
			.andExpect(content().string(containsString("Forum denetimi")));
		ThusongUser mnquma = new ThusongUser(96, "mnquma.officer", "Mnquma", Set.of(Role.OFFICER), "EC126",
				Scope.of("ZA/EC/DC12/EC126"), false, "x");
		mvc.perform(get("/coordination/forums/" + mmForum.id()).with(user(mnquma))).andExpect(status().isNotFound());
	}
}
