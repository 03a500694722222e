package org.thusong.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.planning.internal.ReportDocument;
import org.thusong.planning.internal.ReportRenderer;

/**
 * The section 52(d), 72 and 46 performance reports, as PDF or XLSX, generated in the background:
 * asking for one returns a job at once; the job reports its progress (KPIs done of all) and, when
 * done, holds the file. A Turkish organisation's reports are in Turkish.
 * <p>
 * The quarterly report shows each KPI's target, actual and status for the quarter; the mid-year
 * assessment the first two quarters, the year to date and a projection for the year (cumulative
 * KPIs: twice the half-year's value; the others: the half-year's value); the annual report the
 * year's target, actual, status and variance beside the previous year's SDBIP (matched by KPI ref).
 * Actuals not yet approved are marked so.
 */
@Service
public class PerformanceReports {

	private static final Logger log = LoggerFactory.getLogger(PerformanceReports.class);

	public enum Format { PDF, XLSX }

	public enum JobStatus { QUEUED, RUNNING, DONE, FAILED }

	/** A report job as its page and the API show it. */
	public record Job(UUID id, String organisationCode, ReportKind kind, int financialYear, Integer quarter, Format format,
			JobStatus status, int done, int total, String filename, String error, String requestedBy, Instant requestedAt) {

		public int percent() {
			return total == 0 ? (status == JobStatus.DONE ? 100 : 0) : Math.min(100, done * 100 / total);
		}
	}

	/** A finished report's file. */
	public record File(String filename, String mediaType, byte[] content) {
	}

	private final Sdbips sdbips;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final PlanningClock clock;

	private final ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "planning-reports");
		t.setDaemon(true);
		return t;
	});

	PerformanceReports(Sdbips sdbips, Organisations organisations, JdbcClient jdbc, MessageSource messages,
			TransactionTemplate transactions, PlanningClock clock) {
		this.sdbips = sdbips;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	/** Queues a report and starts it in the background; returns the job. */
	public Job request(String organisationCode, ReportKind kind, int startYear, Integer quarter, Format format, Scope scope,
			String by) {
		if (kind == null) {
			throw new InvalidInput("kind", "must be QUARTERLY, MID_YEAR or ANNUAL");
		}
		if (format == null) {
			throw new InvalidInput("format", "must be PDF or XLSX");
		}
		if (kind == ReportKind.QUARTERLY) {
			if (quarter == null) {
				throw new InvalidInput("quarter", "is required for the quarterly report");
			}
			FinancialYear.check(quarter);
		}
		OrganisationSummary organisation = organisations.findByCode(organisationCode, scope)
			.orElseThrow(() -> new NotFound("No organisation " + organisationCode));
		Sdbip sdbip = sdbips.current(organisation.code(), startYear)
			.orElseThrow(() -> new NotFound("No SDBIP of " + organisation.name() + " for " + FinancialYear.of(startYear,
					organisation.jurisdictionPath()).label()));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO planning_report_job (id, organisation_code, area_path, kind, financial_year, quarter, format, status,
				    total_steps, requested_by, requested_at)
				VALUES (:id, :o, :p, :k, :y, :q, :f, 'QUEUED', :total, :by, :at)""")
			.param("id", id).param("o", organisation.code()).param("p", organisation.jurisdictionPath()).param("k", kind.name())
			.param("y", startYear).param("q", kind == ReportKind.QUARTERLY ? quarter : null).param("f", format.name())
			.param("total", sdbip.kpiCount() + 1).param("by", by).param("at", Timestamp.from(clock.now()))
			.update();
		worker.submit(() -> generate(id, organisation, sdbip, kind, kind == ReportKind.QUARTERLY ? quarter : null, format));
		return job(id, scope).orElseThrow();
	}

	public Optional<Job> job(UUID id, Scope scope) {
		return jdbc.sql("""
				SELECT id, organisation_code, kind, financial_year, quarter, format, status, done_steps, total_steps, filename,
				       error, requested_by, requested_at FROM planning_report_job WHERE id = :id AND area_path LIKE ANY (:p)""")
			.param("id", id)
			.param("p", scope.likePatternArray())
			.query((rs, n) -> job(rs))
			.optional();
	}

	/** The latest report jobs of an organisation. */
	public List<Job> recent(String organisationCode, Scope scope) {
		return jdbc.sql("""
				SELECT id, organisation_code, kind, financial_year, quarter, format, status, done_steps, total_steps, filename,
				       error, requested_by, requested_at FROM planning_report_job
				 WHERE organisation_code = :o AND area_path LIKE ANY (:p) ORDER BY requested_at DESC LIMIT 10""")
			.param("o", organisationCode).param("p", scope.likePatternArray())
			.query((rs, n) -> job(rs)).list();
	}

	public File file(UUID id, Scope scope) {
		Job job = job(id, scope).orElseThrow(() -> new NotFound("No report " + id));
		if (job.status() != JobStatus.DONE) {
			throw new NotFound("Report " + id + " is not ready (" + job.status().name().toLowerCase() + ")");
		}
		byte[] content = jdbc.sql("SELECT content FROM planning_report_job WHERE id = :id").param("id", id).query(byte[].class).single();
		return new File(job.filename(), job.format() == Format.PDF ? "application/pdf"
				: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	private static Job job(java.sql.ResultSet rs) throws java.sql.SQLException {
		Integer q = (Integer) rs.getObject("quarter");
		return new Job(rs.getObject("id", UUID.class), rs.getString("organisation_code"), ReportKind.valueOf(rs.getString("kind")),
				rs.getInt("financial_year"), q, Format.valueOf(rs.getString("format")),
				JobStatus.valueOf(rs.getString("status")), rs.getInt("done_steps"), rs.getInt("total_steps"),
				rs.getString("filename"), rs.getString("error"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant());
	}

	private void generate(UUID id, OrganisationSummary organisation, Sdbip sdbip, ReportKind kind, Integer quarter, Format format) {
		try {
			progress(id, "RUNNING", 0);
			ReportDocument document = document(organisation, sdbip, kind, quarter, done -> progress(id, "RUNNING", done));
			byte[] content = format == Format.PDF ? ReportRenderer.pdf(document) : ReportRenderer.xlsx(document);
			String filename = organisation.code() + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
					+ sdbip.year().label().replace('/', '-') + (quarter == null ? "" : "-Q" + quarter) + "."
					+ format.name().toLowerCase(Locale.ROOT);
			jdbc.sql("""
					UPDATE planning_report_job SET status = 'DONE', done_steps = total_steps, filename = :f, content = :c,
					    finished_at = :at WHERE id = :id""")
				.param("f", filename).param("c", content).param("at", Timestamp.from(clock.now())).param("id", id).update();
		}
		catch (RuntimeException e) {
			log.error("Report {} failed", id, e);
			jdbc.sql("UPDATE planning_report_job SET status = 'FAILED', error = :e, finished_at = :at WHERE id = :id")
				.param("e", e.getClass().getSimpleName() + ": " + e.getMessage()).param("at", Timestamp.from(clock.now()))
				.param("id", id).update();
		}
	}

	private void progress(UUID id, String status, int done) {
		jdbc.sql("UPDATE planning_report_job SET status = :s, done_steps = :d WHERE id = :id")
			.param("s", status).param("d", done).param("id", id).update();
	}

	/** The language of an organisation's reports: Turkish in Türkiye, English elsewhere. */
	public static Locale localeOf(String areaPath) {
		return areaPath != null && areaPath.startsWith("TR") ? Locale.forLanguageTag("tr") : Locale.ENGLISH;
	}

	/** Builds the report's content; {@code progress} hears how many KPIs are done. */
	ReportDocument document(OrganisationSummary organisation, Sdbip sdbip, ReportKind kind, Integer quarter,
			java.util.function.IntConsumer progress) {
		Locale locale = localeOf(organisation.jurisdictionPath());
		FinancialYear year = sdbip.year();
		int lastQuarter = switch (kind) {
			case QUARTERLY -> quarter;
			case MID_YEAR -> 2;
			case ANNUAL -> 4;
		};
		LocalDate asOf = year.quarterEnd(lastQuarter).plusDays(1);
		List<Kpi> kpis = sdbips.kpis(sdbip.id());
		List<KpiPerformance> rows = new ArrayList<>(kpis.size());
		int chunk = 100;
		for (int i = 0; i < kpis.size(); i += chunk) {
			rows.addAll(sdbips.performance(sdbip, kpis.subList(i, Math.min(kpis.size(), i + chunk)), asOf));
			progress.accept(Math.min(kpis.size(), i + chunk));
		}
		Map<String, KpiPerformance> previous = new HashMap<>();
		if (kind == ReportKind.ANNUAL) {
			sdbips.current(organisation.code(), year.startYear() - 1).ifPresent(p -> sdbips.performance(p, sdbips.kpis(p.id()),
					p.year().quarterEnd(4).plusDays(1)).forEach(k -> previous.put(k.kpi().ref().toUpperCase(Locale.ROOT), k)));
		}
		String period = switch (kind) {
			case QUARTERLY -> t(locale, "planning.report.periodQuarter", quarter, year.label(), date(year.quarterStart(quarter), locale),
					date(year.quarterEnd(quarter), locale));
			case MID_YEAR -> t(locale, "planning.report.periodHalf", year.label(), date(year.quarterStart(1), locale),
					date(year.quarterEnd(2), locale));
			case ANNUAL -> t(locale, "planning.report.periodYear", year.label(), date(year.quarterStart(1), locale),
					date(year.quarterEnd(4), locale));
		};
		Map<KpiStatus, Integer> counts = new EnumMap<>(KpiStatus.class);
		List<String> columns = new ArrayList<>();
		List<List<String>> table = new ArrayList<>();
		String notApproved = t(locale, "planning.report.notApproved");
		switch (kind) {
			case QUARTERLY -> {
				for (String c : List.of("ref", "indicator", "unit", "department", "annualTarget", "quarterTarget", "quarterActual",
						"status", "varianceReason", "correctiveMeasure", "state")) {
					columns.add(t(locale, "planning.report.col." + c, quarter));
				}
				for (KpiPerformance p : rows) {
					KpiPerformance.QuarterResult q = p.quarter(quarter);
					counts.merge(q.status(), 1, Integer::sum);
					table.add(List.of(p.kpi().ref(), p.kpi().indicator(), p.kpi().unit(), s(p.kpi().departmentCode()),
							n(p.kpi().annualTarget()), n(q.target()), n(q.actual()), t(locale, q.status().messageKey()),
							s(q.varianceReason()), s(q.correctiveMeasure()), q.state() == null ? "" : q.state() == ActualState.APPROVED
									? t(locale, q.state().messageKey()) : t(locale, q.state().messageKey()) + " (" + notApproved + ")"));
				}
			}
			case MID_YEAR -> {
				for (String c : List.of("ref", "indicator", "unit", "annualTarget", "q1Target", "q1Actual", "q2Target", "q2Actual",
						"ytdActual", "ytdStatus", "projection", "correctiveMeasure")) {
					columns.add(t(locale, "planning.report.col." + c));
				}
				for (KpiPerformance p : rows) {
					counts.merge(p.year().status(), 1, Integer::sum);
					table.add(List.of(p.kpi().ref(), p.kpi().indicator(), p.kpi().unit(), n(p.kpi().annualTarget()),
							n(p.quarter(1).target()), n(p.quarter(1).actual()), n(p.quarter(2).target()), n(p.quarter(2).actual()),
							n(p.year().value()), t(locale, p.year().status().messageKey()), n(projection(p)),
							s(firstNonBlank(p.quarter(2).correctiveMeasure(), p.quarter(1).correctiveMeasure()))));
				}
			}
			case ANNUAL -> {
				for (String c : List.of("ref", "indicator", "unit", "annualTarget", "yearActual", "yearStatus", "variance",
						"previousTarget", "previousActual", "varianceReason", "correctiveMeasure")) {
					columns.add(t(locale, "planning.report.col." + c));
				}
				for (KpiPerformance p : rows) {
					counts.merge(p.year().status(), 1, Integer::sum);
					KpiPerformance before = previous.get(p.kpi().ref().toUpperCase(Locale.ROOT));
					BigDecimal variance = p.year().value() == null || p.kpi().annualTarget() == null ? null
							: p.year().value().subtract(p.kpi().annualTarget());
					table.add(List.of(p.kpi().ref(), p.kpi().indicator(), p.kpi().unit(), n(p.kpi().annualTarget()),
							n(p.year().value()), t(locale, p.year().status().messageKey()), n(variance),
							before == null ? "" : n(before.kpi().annualTarget()), before == null ? "" : n(before.year().value()),
							s(lastReason(p, true)), s(lastReason(p, false))));
				}
			}
		}
		List<String[]> summary = new ArrayList<>();
		summary.add(new String[] { t(locale, "planning.report.kpis"), Integer.toString(rows.size()) });
		for (KpiStatus status : KpiStatus.values()) {
			if (counts.containsKey(status)) {
				summary.add(new String[] { t(locale, status.messageKey()), Integer.toString(counts.get(status)) });
			}
		}
		String title = t(locale, kind.messageKey());
		String generated = t(locale, "planning.report.generated",
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.now().atZone(ZoneId.of(
						locale.getLanguage().equals("tr") ? "Europe/Istanbul" : "Africa/Johannesburg"))),
				sdbip.title() + (sdbip.revision() ? " (v" + sdbip.version() + ")" : ""));
		String note = kind == ReportKind.MID_YEAR ? t(locale, "planning.report.projectionNote") : null;
		String demo = organisation.demo() || sdbip.demo() ? t(locale, "planning.report.demo") : null;
		progress.accept(rows.size() + 1);
		return new ReportDocument(title, organisation.name(), period, generated, note, summary, columns, table, demo);
	}

	static BigDecimal projection(KpiPerformance p) {
		BigDecimal v = p.year().value();
		if (v == null || p.kpi().calculationType() == CalculationType.MILESTONE) {
			return v;
		}
		return p.kpi().calculationType() == CalculationType.CUMULATIVE ? PerformanceRules.normal(v.multiply(BigDecimal.valueOf(2))) : v;
	}

	private static String lastReason(KpiPerformance p, boolean variance) {
		for (int q = 4; q >= 1; q--) {
			String text = variance ? p.quarter(q).varianceReason() : p.quarter(q).correctiveMeasure();
			if (text != null && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}

	private static String firstNonBlank(String a, String b) {
		return a != null && !a.isBlank() ? a : b;
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String date(LocalDate d, Locale locale) {
		return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
	}

	private static String n(BigDecimal v) {
		return v == null ? "" : PerformanceRules.normal(v.setScale(Math.min(Math.max(v.scale(), 0), 4), RoundingMode.HALF_UP)).toPlainString();
	}

	private static String s(String v) {
		return v == null ? "" : v;
	}
}
