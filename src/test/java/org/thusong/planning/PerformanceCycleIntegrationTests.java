package org.thusong.planning;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.InvalidInput;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thusong.planning.PlanningFixtures.*;

@ThusongIntegrationTest
@RecordApplicationEvents
class PerformanceCycleIntegrationTests {

	@Autowired
	Sdbips sdbips;

	@Autowired
	PerformanceCycle cycle;

	@Autowired
	Organisations organisations;

	@Autowired
	PlanningClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	CaptureReminders reminders;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	static final java.util.concurrent.atomic.AtomicInteger YEAR = new java.util.concurrent.atomic.AtomicInteger(2030);

	Kpi kpi;

	@BeforeEach
	void sdbip() {
		OrganisationSummary mbhashe = organisations.findByCode("EC121").orElseThrow();
		int y = YEAR.getAndIncrement();
		clock.set(Clock.fixed(LocalDate.of(y, 10, 10).atStartOfDay(ZoneId.of("Africa/Johannesburg")).toInstant(),
				ZoneId.of("Africa/Johannesburg")));
		Sdbip sdbip = sdbips.create(mbhashe, y, null, List.of(cumulative("W1", 100, 100, 100, 100, "Completion certificates"),
				cumulative("W2", 10, 10, 10, 10, null)), null, false, "t.pms");
		kpi = sdbips.kpis(sdbip.id()).get(0);
	}

	private Actual as(ThusongUser who, java.util.function.Supplier<Actual> step) {
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(who, null, who.getAuthorities()));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Actual capturedWithEvidence() {
		Actual a = as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("100", "All connected", null, null), OFFICER));
		as(OFFICER, () -> {
			cycle.attachEvidence(a.id(), new MockMultipartFile("file", "certificates.pdf", "application/pdf", PDF), OFFICER);
			return null;
		});
		return a;
	}

	@Test
	void anActualGoesThroughEveryStepAndIsLockedOnceApproved() {
		Actual a = capturedWithEvidence();
		assertThat(as(OFFICER, () -> cycle.submit(a.id(), OFFICER)).state()).isEqualTo(ActualState.SUBMITTED);
		assertThat(as(MANAGER, () -> cycle.review(a.id(), MANAGER)).state()).isEqualTo(ActualState.REVIEWED);
		assertThat(as(AUDITOR, () -> cycle.verify(a.id(), AUDITOR)).state()).isEqualTo(ActualState.VERIFIED);
		Actual approved = as(PMS, () -> cycle.approve(a.id(), PMS));
		assertThat(approved.state()).isEqualTo(ActualState.APPROVED);
		assertThat(approved.approvedBy()).isEqualTo("t.pms");
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("90", null, "x", "y"), OFFICER)))
			.isInstanceOf(WorkflowStepRefused.class).hasMessageContaining("locked");
		assertThat(events.stream(ActualApproved.class)).singleElement().satisfies(e -> {
			assertThat(e.kpiRef()).isEqualTo("W1");
			assertThat(e.value()).isEqualByComparingTo("100");
		});
		assertThat(events.stream(KpiStatusChanged.class)).singleElement()
			.satisfies(e -> assertThat(e.quarterStatus()).isEqualTo(KpiStatus.MET));
		assertThat(cycle.history(a.id())).extracting(PerformanceCycle.HistoryStep::to)
			.containsExactly("CAPTURED", "SUBMITTED", "REVIEWED", "VERIFIED", "APPROVED");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'kpi-actual' AND entity_id = :id")
			.param("id", a.id().toString()).query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void eachStepBelongsToItsRoles() {
		Actual a = capturedWithEvidence();
		assertThatThrownBy(() -> as(MANAGER, () -> cycle.review(a.id(), MANAGER))).isInstanceOf(WorkflowStepRefused.class)
			.hasMessageContaining("only a submitted actual");
		as(OFFICER, () -> cycle.submit(a.id(), OFFICER));
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.review(a.id(), OFFICER))).hasMessageContaining("only manager may review");
		assertThatThrownBy(() -> as(PMS, () -> cycle.review(a.id(), PMS))).hasMessageContaining("only manager may review");
		as(MANAGER, () -> cycle.review(a.id(), MANAGER));
		assertThatThrownBy(() -> as(MANAGER, () -> cycle.verify(a.id(), MANAGER))).hasMessageContaining("only pms officer or auditor may verify");
		as(PMS, () -> cycle.verify(a.id(), PMS));
		assertThatThrownBy(() -> as(AUDITOR, () -> cycle.approve(a.id(), AUDITOR))).hasMessageContaining("only pms officer may approve");
		assertThatThrownBy(() -> as(MANAGER, () -> cycle.approve(a.id(), MANAGER))).hasMessageContaining("only pms officer may approve");
		assertThat(as(PMS, () -> cycle.approve(a.id(), PMS)).state()).isEqualTo(ActualState.APPROVED);
	}

	@Test
	void nobodyReviewsWhatTheyCaptured() {
		Actual a = as(MANAGER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("100", null, null, null), MANAGER));
		as(MANAGER, () -> {
			cycle.attachEvidence(a.id(), new MockMultipartFile("file", "c.pdf", "application/pdf", PDF), MANAGER);
			return null;
		});
		as(MANAGER, () -> cycle.submit(a.id(), MANAGER));
		assertThatThrownBy(() -> as(MANAGER, () -> cycle.review(a.id(), MANAGER))).hasMessageContaining("captured themselves");
	}

	@Test
	void aReturnedActualIsFixedAndSubmittedAgain() {
		Actual a = capturedWithEvidence();
		as(OFFICER, () -> cycle.submit(a.id(), OFFICER));
		assertThatThrownBy(() -> as(MANAGER, () -> cycle.returnWithReason(a.id(), " ", MANAGER))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("reason");
		Actual returned = as(MANAGER, () -> cycle.returnWithReason(a.id(), "The certificates are unsigned", MANAGER));
		assertThat(returned.state()).isEqualTo(ActualState.RETURNED);
		assertThat(returned.returnedReason()).isEqualTo("The certificates are unsigned");
		Actual fixed = as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("95", null, "Two connections delayed",
				"Contractor to finish in Q2"), OFFICER));
		assertThat(fixed.value()).isEqualByComparingTo("95");
		assertThat(as(OFFICER, () -> cycle.submit(a.id(), OFFICER)).state()).isEqualTo(ActualState.SUBMITTED);
	}

	@Test
	void badCapturesAreRefusedNamingTheRule() {
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("about 90", null, null, null), OFFICER)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("value").hasMessageContaining("not a number");
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("80", null, null, null), OFFICER)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("varianceReason");
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("80", null, "Rain", null), OFFICER)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("correctiveMeasure");
		Actual a = as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("100", null, null, null), OFFICER));
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.submit(a.id(), OFFICER))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("requires evidence");
		assertThatThrownBy(() -> as(OFFICER, () -> {
			cycle.attachEvidence(a.id(), new MockMultipartFile("file", "run.exe", "application/pdf", new byte[] { 'M', 'Z', 0, 1, 2 }), OFFICER);
			return null;
		})).isInstanceOf(org.thusong.documents.UnsupportedDocumentType.class);
		assertThat(cycle.evidence(a.id())).isEmpty();
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.capture(kpi.id(), 3, new PerformanceCycle.Capture("100", null, null, null), OFFICER)))
			.isInstanceOf(WorkflowStepRefused.class).hasMessageContaining("has not started");
	}

	@Test
	void aClosedQuarterNeedsARecordedReopening() {
		int y = kpi.areaPath() == null ? 0 : sdbips.find(kpi.sdbipId()).orElseThrow().year().startYear();
		clock.set(Clock.fixed(LocalDate.of(y, 11, 15).atStartOfDay(ZoneId.of("Africa/Johannesburg")).toInstant(), ZoneId.of("Africa/Johannesburg")));
		assertThatThrownBy(() -> as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("100", null, null, null), OFFICER)))
			.isInstanceOf(WorkflowStepRefused.class).hasMessageContaining("closed on " + y + "-10-30");
		assertThatThrownBy(() -> cycle.reopenQuarter(kpi.sdbipId(), 1, LocalDate.of(y, 11, 30), "Late certificates", MANAGER))
			.hasMessageContaining("only pms officer may reopen a quarter");
		cycle.reopenQuarter(kpi.sdbipId(), 1, LocalDate.of(y, 11, 30), "Late certificates", PMS);
		assertThat(as(OFFICER, () -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("100", null, null, null), OFFICER)).state())
			.isEqualTo(ActualState.CAPTURED);
		assertThat(jdbc.sql("SELECT reason FROM planning_quarter_reopening WHERE sdbip_id = :s").param("s", kpi.sdbipId())
			.query(String.class).single()).isEqualTo("Late certificates");
	}

	@Test
	void anApprovedActualIsReopenedOnlyByThePmsUnitWithAReason() {
		Actual a = capturedWithEvidence();
		as(OFFICER, () -> cycle.submit(a.id(), OFFICER));
		as(MANAGER, () -> cycle.review(a.id(), MANAGER));
		as(PMS, () -> cycle.verify(a.id(), PMS));
		as(PMS, () -> cycle.approve(a.id(), PMS));
		assertThatThrownBy(() -> as(MANAGER, () -> cycle.reopen(a.id(), "typo", MANAGER))).hasMessageContaining("only pms officer");
		Actual reopened = as(PMS, () -> cycle.reopen(a.id(), "Audit found a double count", PMS));
		assertThat(reopened.state()).isEqualTo(ActualState.RETURNED);
		assertThat(cycle.history(a.id())).last().satisfies(s -> assertThat(s.reason()).isEqualTo("Audit found a double count"));
	}

	@Test
	void aRevisionKeepsTheOriginalAndRecordsItsApproval() {
		Sdbip original = sdbips.find(kpi.sdbipId()).orElseThrow();
		OrganisationSummary mbhashe = organisations.findByCode("EC121").orElseThrow();
		assertThatThrownBy(() -> sdbips.create(mbhashe, original.year().startYear(), null, List.of(cumulative("W1", 1, 1, 1, 1, null)),
				null, false, "t.pms")).hasMessageContaining("revision");
		Sdbip revised = sdbips.create(mbhashe, original.year().startYear(), null, List.of(cumulative("W1", 50, 50, 50, 50, null)),
				new Sdbips.Revision("Adjustments budget", "Council resolution 12/2031", LocalDate.of(original.year().startYear() + 1, 2, 28)), false, "t.pms");
		assertThat(revised.version()).isEqualTo(2);
		assertThat(revised.approvedBy()).isEqualTo("Council resolution 12/2031");
		assertThat(sdbips.versions("EC121", original.year().startYear())).extracting(Sdbip::version, Sdbip::current)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
		assertThat(sdbips.kpis(original.id())).extracting(Kpi::annualTarget).first().isEqualTo(bd(400));
		assertThatThrownBy(() -> cycle.capture(kpi.id(), 1, new PerformanceCycle.Capture("1", null, null, null), OFFICER))
			.hasMessageContaining("revised");
	}

	@Test
	void officersAndManagersAreRemindedOnceBeforeAQuarterCloses() {
		jdbc.sql("""
				INSERT INTO identity_user (username, full_name, email, password_hash, roles, organisation_code)
				VALUES ('remind.officer', 'Remind Officer', 'remind.officer@example.org', 'x', ARRAY['OFFICER'], 'EC121')
				ON CONFLICT DO NOTHING""").update();
		int y = sdbips.find(kpi.sdbipId()).orElseThrow().year().startYear();
		clock.set(Clock.fixed(LocalDate.of(y, 10, 25).atStartOfDay(ZoneId.of("Africa/Johannesburg")).toInstant(), ZoneId.of("Africa/Johannesburg")));
		assertThat(reminders.send()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE recipient = 'remind.officer@example.org' AND reference = :r")
			.param("r", "sdbip-" + kpi.sdbipId() + "-Q1").query(Long.class).single()).isEqualTo(1);
		assertThat(reminders.send()).isZero();
	}
}
