package org.thusong.planning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.documents.DocumentSummary;
import org.thusong.documents.Documents;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

/**
 * The quarterly cycle of actuals, one transaction per step, each audited.
 * <p>
 * Who may do what: the responsible official (officer), a manager or the PMS unit captures and
 * submits, while the quarter is open; a manager reviews; the PMS unit or an internal auditor
 * verifies; the PMS unit approves. Nobody reviews or approves an actual they captured. Each
 * reviewer can return it at their step with a reason. The PMS unit reopens an approved actual
 * or a closed quarter, with a reason, and both are recorded. Approval publishes
 * {@link ActualApproved} and {@link KpiStatusChanged}.
 */
@Service
@Transactional
public class PerformanceCycle {

	/** What the official captures for a quarter. */
	public record Capture(String value, String comment, String varianceReason, String correctiveMeasure) {
	}

	/** A workflow step as the history shows it. */
	public record HistoryStep(String from, String to, String actor, String reason, Instant at) {
	}

	/** A piece of evidence attached to an actual. */
	public record Evidence(UUID documentId, String filename, String uploadedBy, Instant uploadedAt) {
	}

	/** A quarter's closing date and any reopening. */
	public record QuarterWindow(int quarter, LocalDate starts, LocalDate ends, LocalDate closesOn, LocalDate reopenedUntil,
			boolean open) {
	}

	private final Sdbips sdbips;

	private final Actuals actuals;

	private final Documents documents;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final PlanningClock clock;

	PerformanceCycle(Sdbips sdbips, Actuals actuals, Documents documents, AuditTrail audit, ApplicationEventPublisher events,
			JdbcClient jdbc, PlanningClock clock) {
		this.sdbips = sdbips;
		this.actuals = actuals;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Captures (or corrects) a quarter's actual. */
	public Actual capture(long kpiId, int quarter, Capture capture, ThusongUser me) {
		FinancialYear.check(quarter);
		Kpi kpi = sdbips.kpi(kpiId, me.scope());
		requireRole(me, "capture", Role.OFFICER, Role.MANAGER, Role.PMS_OFFICER);
		Sdbip sdbip = requireCurrent(kpi);
		requireOpen(sdbip, quarter);
		BigDecimal value = parseValue(kpi, capture.value());
		KpiStatus status = PerformanceRules.quarterStatus(kpi.calculationType(), kpi.direction(), kpi.target(quarter), value,
				true, sdbips.settings(kpi.organisationCode()).partialBand());
		Actual actual = actuals.find(kpiId, quarter).orElseGet(() -> Actual.first(kpi, quarter, me.getUsername(), clock.now()));
		Map<String, Object> before = actual.id() == null ? null : snapshot(actual);
		actual.capture(value, capture.comment(), capture.varianceReason(), capture.correctiveMeasure(), status, me.getUsername(),
				clock.now());
		long id = actuals.save(actual);
		audit.record("kpi-actual", id + "", before == null ? "captured" : "recaptured", kpi.areaPath(), before, snapshot(actual));
		return actuals.findById(id).orElseThrow();
	}

	public Actual submit(long actualId, ThusongUser me) {
		Actual actual = load(actualId, me);
		requireRole(me, "submit", Role.OFFICER, Role.MANAGER, Role.PMS_OFFICER);
		Kpi kpi = sdbips.kpi(actual.kpiId()).orElseThrow();
		requireOpen(requireCurrent(kpi), actual.quarter());
		if (kpi.evidenceRequired() != null && !kpi.evidenceRequired().isBlank() && evidence(actualId).isEmpty()) {
			throw new InvalidInput("evidence", "this KPI requires evidence (" + kpi.evidenceRequired() + "); upload it before submitting");
		}
		return step(actual, "submitted", a -> a.submit(me.getUsername(), clock.now()));
	}

	public Actual review(long actualId, ThusongUser me) {
		Actual actual = load(actualId, me);
		requireRole(me, "review", Role.MANAGER);
		notOwn(actual, me, "review");
		return step(actual, "reviewed", a -> a.review(me.getUsername(), clock.now()));
	}

	public Actual verify(long actualId, ThusongUser me) {
		Actual actual = load(actualId, me);
		requireRole(me, "verify", Role.PMS_OFFICER, Role.AUDITOR);
		notOwn(actual, me, "verify");
		return step(actual, "verified", a -> a.verify(me.getUsername(), clock.now()));
	}

	public Actual approve(long actualId, ThusongUser me) {
		Actual actual = load(actualId, me);
		requireRole(me, "approve", Role.PMS_OFFICER);
		notOwn(actual, me, "approve");
		Actual approved = step(actual, "approved", a -> a.approve(me.getUsername(), clock.now()));
		Kpi kpi = sdbips.kpi(approved.kpiId()).orElseThrow();
		Sdbip sdbip = sdbips.find(kpi.sdbipId()).orElseThrow();
		events.publishEvent(new ActualApproved(approved.id(), kpi.id(), kpi.ref(), kpi.organisationCode(), kpi.areaPath(),
				sdbip.year().startYear(), approved.quarter(), approved.value(), kpi.unit()));
		publishStatus(kpi, sdbip, approved.quarter());
		return approved;
	}

	/** Returns the actual to the official with a reason, by whoever may take its current step. */
	public Actual returnWithReason(long actualId, String reason, ThusongUser me) {
		Actual actual = load(actualId, me);
		switch (actual.state()) {
			case SUBMITTED -> requireRole(me, "return a submitted actual", Role.MANAGER);
			case REVIEWED -> requireRole(me, "return a reviewed actual", Role.PMS_OFFICER, Role.AUDITOR);
			case VERIFIED -> requireRole(me, "return a verified actual", Role.PMS_OFFICER);
			default -> {
			}
		}
		return step(actual, "returned", a -> a.returnWithReason(reason, me.getUsername(), clock.now()));
	}

	/** Unlocks an approved actual, recorded with the reason. PMS unit only. */
	public Actual reopen(long actualId, String reason, ThusongUser me) {
		Actual actual = load(actualId, me);
		requireRole(me, "reopen an approved actual", Role.PMS_OFFICER);
		Actual reopened = step(actual, "reopened", a -> a.reopen(reason, me.getUsername(), clock.now()));
		Kpi kpi = sdbips.kpi(reopened.kpiId()).orElseThrow();
		publishStatus(kpi, sdbips.find(kpi.sdbipId()).orElseThrow(), reopened.quarter());
		return reopened;
	}

	/** Attaches evidence (stored by the documents module) to an editable actual in an open quarter. */
	public Evidence attachEvidence(long actualId, MultipartFile file, ThusongUser me) {
		Actual actual = load(actualId, me);
		requireRole(me, "upload evidence", Role.OFFICER, Role.MANAGER, Role.PMS_OFFICER);
		if (!actual.state().editable()) {
			throw new WorkflowStepRefused("evidence", "evidence can be added only while the actual is captured or returned");
		}
		Kpi kpi = sdbips.kpi(actual.kpiId()).orElseThrow();
		requireOpen(requireCurrent(kpi), actual.quarter());
		DocumentSummary document = documents.store(null, file, kpi.areaPath(), kpi.organisationCode(),
				"Q" + actual.quarter() + " evidence for KPI " + kpi.ref());
		jdbc.sql("""
				INSERT INTO planning_evidence (actual_id, document_id, filename, uploaded_by, uploaded_at)
				VALUES (:a, :d, :f, :by, :at)""")
			.param("a", actualId)
			.param("d", UUID.fromString(document.id().toString()))
			.param("f", document.filename())
			.param("by", me.getUsername())
			.param("at", Timestamp.from(clock.now()))
			.update();
		audit.record("kpi-actual", actualId + "", "evidence added", kpi.areaPath(), null,
				Map.of("document", document.id().toString(), "filename", document.filename(), "sha256", document.sha256()));
		return new Evidence(UUID.fromString(document.id().toString()), document.filename(), me.getUsername(), clock.now());
	}

	@Transactional(readOnly = true)
	public List<Evidence> evidence(long actualId) {
		return jdbc.sql("SELECT document_id, filename, uploaded_by, uploaded_at FROM planning_evidence WHERE actual_id = :a ORDER BY id")
			.param("a", actualId)
			.query((rs, n) -> new Evidence(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public List<HistoryStep> history(long actualId) {
		return jdbc.sql("SELECT from_state, to_state, actor, reason, at FROM planning_actual_step WHERE actual_id = :a ORDER BY id")
			.param("a", actualId)
			.query((rs, n) -> new HistoryStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Actual actual(long actualId, ThusongUser me) {
		return load(actualId, me);
	}

	@Transactional(readOnly = true)
	public List<QuarterWindow> quarters(Sdbip sdbip) {
		LocalDate today = clock.today();
		return jdbc.sql("SELECT quarter, closes_on, reopened_until FROM planning_quarter WHERE sdbip_id = :s ORDER BY quarter")
			.param("s", sdbip.id())
			.query((rs, n) -> {
				int q = rs.getInt(1);
				LocalDate closes = rs.getDate(2).toLocalDate();
				java.sql.Date reopened = rs.getDate(3);
				LocalDate until = reopened == null ? null : reopened.toLocalDate();
				boolean open = !today.isBefore(sdbip.year().quarterStart(q))
						&& (!today.isAfter(closes) || (until != null && !today.isAfter(until)));
				return new QuarterWindow(q, sdbip.year().quarterStart(q), sdbip.year().quarterEnd(q), closes, until, open);
			})
			.list();
	}

	/** Sets the day a quarter closes for capture. PMS unit only. */
	public void setClosingDate(long sdbipId, int quarter, LocalDate closesOn, ThusongUser me) {
		FinancialYear.check(quarter);
		Sdbip sdbip = sdbips.get(sdbipId, me.scope());
		requireRole(me, "set a quarter's closing date", Role.PMS_OFFICER);
		if (closesOn == null || closesOn.isBefore(sdbip.year().quarterEnd(quarter))) {
			throw new InvalidInput("closesOn", "must be on or after the quarter's last day, " + sdbip.year().quarterEnd(quarter));
		}
		QuarterWindow before = quarters(sdbip).get(quarter - 1);
		jdbc.sql("UPDATE planning_quarter SET closes_on = :d WHERE sdbip_id = :s AND quarter = :q")
			.param("d", closesOn).param("s", sdbipId).param("q", quarter).update();
		audit.record("sdbip-quarter", sdbipId + "/Q" + quarter, "closing date set", sdbip.areaPath(),
				Map.of("closesOn", before.closesOn().toString()), Map.of("closesOn", closesOn.toString()));
	}

	/** Reopens a closed quarter for capture until a day, with a reason; recorded. PMS unit only. */
	public void reopenQuarter(long sdbipId, int quarter, LocalDate until, String reason, ThusongUser me) {
		FinancialYear.check(quarter);
		Sdbip sdbip = sdbips.get(sdbipId, me.scope());
		requireRole(me, "reopen a quarter", Role.PMS_OFFICER);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "is required to reopen a quarter");
		}
		if (until == null || until.isBefore(clock.today())) {
			throw new InvalidInput("until", "must be today or later");
		}
		jdbc.sql("UPDATE planning_quarter SET reopened_until = :d WHERE sdbip_id = :s AND quarter = :q")
			.param("d", until).param("s", sdbipId).param("q", quarter).update();
		jdbc.sql("""
				INSERT INTO planning_quarter_reopening (sdbip_id, quarter, until_date, reason, reopened_by, reopened_at)
				VALUES (:s, :q, :d, :r, :by, :at)""")
			.param("s", sdbipId).param("q", quarter).param("d", until).param("r", reason.strip())
			.param("by", me.getUsername()).param("at", Timestamp.from(clock.now())).update();
		audit.record("sdbip-quarter", sdbipId + "/Q" + quarter, "reopened", sdbip.areaPath(), null,
				Map.of("until", until.toString(), "reason", reason.strip()));
	}

	private void publishStatus(Kpi kpi, Sdbip sdbip, int quarter) {
		KpiPerformance p = sdbips.performance(sdbip, List.of(kpi), clock.today()).get(0);
		events.publishEvent(new KpiStatusChanged(kpi.id(), kpi.ref(), kpi.organisationCode(), kpi.areaPath(),
				sdbip.year().startYear(), quarter, p.quarter(quarter).status(), p.year().status()));
	}

	private Actual step(Actual actual, String action, java.util.function.Consumer<Actual> verb) {
		Map<String, Object> before = snapshot(actual);
		verb.accept(actual);
		long id = actuals.save(actual);
		audit.record("kpi-actual", id + "", action, actual.areaPath(), before, snapshot(actual));
		return actuals.findById(id).orElseThrow();
	}

	private Actual load(long actualId, ThusongUser me) {
		return actuals.findById(actualId).filter(a -> me.scope().covers(a.areaPath()))
			.orElseThrow(() -> new NotFound("No actual " + actualId));
	}

	private Sdbip requireCurrent(Kpi kpi) {
		Sdbip sdbip = sdbips.find(kpi.sdbipId()).orElseThrow();
		if (!sdbip.current()) {
			throw new WorkflowStepRefused("sdbip", "this SDBIP version has been revised; capture against the current version");
		}
		return sdbip;
	}

	private void requireOpen(Sdbip sdbip, int quarter) {
		QuarterWindow window = quarters(sdbip).get(quarter - 1);
		if (clock.today().isBefore(window.starts())) {
			throw new WorkflowStepRefused("quarter", "Q" + quarter + " has not started yet (it starts on " + window.starts() + ")");
		}
		if (!window.open()) {
			throw new WorkflowStepRefused("quarter", "Q" + quarter + " closed on " + window.closesOn()
					+ "; capture needs the PMS unit to reopen the quarter");
		}
	}

	private static void requireRole(ThusongUser me, String what, Role... roles) {
		if (Set.of(roles).stream().noneMatch(me::has)) {
			throw new WorkflowStepRefused("role", "only " + String.join(" or ", java.util.Arrays.stream(roles)
				.map(r -> r.name().toLowerCase().replace('_', ' ')).toList()) + " may " + what);
		}
	}

	private static void notOwn(Actual actual, ThusongUser me, String what) {
		if (me.getUsername().equals(actual.capturedBy())) {
			throw new WorkflowStepRefused("role", "nobody may " + what + " an actual they captured themselves");
		}
	}

	static BigDecimal parseValue(Kpi kpi, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("value", "is required");
		}
		String t = text.strip();
		if (!kpi.numeric()) {
			return switch (t.toLowerCase()) {
				case "1", "done", "yes", "y", "tamamlandı", "evet" -> BigDecimal.ONE;
				case "0", "not done", "no", "n", "tamamlanmadı", "hayır" -> BigDecimal.ZERO;
				default -> throw new InvalidInput("value", "this milestone KPI takes done (1) or not done (0), not '" + t + "'");
			};
		}
		try {
			return PerformanceRules.normal(new BigDecimal(number(t)));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("value", "this KPI is numeric (" + kpi.unit() + "): '" + t + "' is not a number");
		}
	}

	/** 1 234.5, 1,234.5 and the Turkish 1.234,5 or 12,5 all read as numbers. */
	static String number(String text) {
		String t = text.replace(" ", "").replace("\u00a0", "");
		if (t.contains(",") && t.contains(".")) {
			return t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
		}
		if (t.contains(",")) {
			return t.replace(',', '.');
		}
		return t;
	}

	private static Map<String, Object> snapshot(Actual a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kpiId", a.kpiId());
		m.put("quarter", a.quarter());
		m.put("value", a.value() == null ? null : a.value().toPlainString());
		m.put("state", a.state().name());
		m.put("comment", a.comment());
		m.put("varianceReason", a.varianceReason());
		m.put("correctiveMeasure", a.correctiveMeasure());
		m.put("returnedReason", a.returnedReason());
		return m;
	}
}
