package org.thusong.requests;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * Keeps the pre-counted figures of {@code request_tally} and {@code request_open_wait} that the
 * dashboard and "needs by area" read. Each pass recounts, from the register itself, every month of
 * a municipality in which a request was filed or changed, or fell overdue, since the last pass;
 * so the figures are exact as of the pass, a lost pass is made good by the next, and filing a
 * request does no counting of its own (bench/RESULTS.md: intake).
 *
 * <p>A pass marks where the next one starts: the start of the oldest transaction still running
 * when it began (its changes, stamped with that start, may commit only later) or the pass's own
 * start, less {@link #CLOCK_MARGIN} for application clocks a little behind the database's (a
 * transaction open for over an hour is not waited for). So a bulk load is recounted once, not at
 * every pass for minutes after. Several instances take turns
 * on an advisory lock; a pass that finds another under way leaves the work to it. After each pass
 * every changed count of requests per ward, service and month is published as
 * {@link AreaNeedsCounted}, and every changed count of those on time and late as
 * {@link ServiceLevelsCounted}.
 */
@Service
public class RequestTallies {

	private static final Logger log = LoggerFactory.getLogger(RequestTallies.class);

	/** How far before its mark the next pass looks, for clocks of application instances. */
	static final String CLOCK_MARGIN = "10 seconds";

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	RequestTallies(JdbcClient jdbc, Organisations organisations, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.events = events;
	}

	/** The scheduled pass: skipped when another instance is counting. */
	@Scheduled(initialDelayString = "${thusong.requests.tally-interval:PT15S}",
			fixedDelayString = "${thusong.requests.tally-interval:PT15S}")
	@Transactional
	public void recountInTheBackground() {
		if (jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('request-tally'))").query(Boolean.class).single()) {
			pass();
		}
	}

	/** A pass now, waiting for one under way elsewhere to finish first; answers the months recounted. */
	@Transactional
	public int recountNow() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('request-tally'))").query(Object.class).single();
		return pass();
	}

	/** When the figures were last counted; null before the first pass. */
	@Transactional(readOnly = true)
	public Instant countedAt() {
		return jdbc.sql("SELECT CASE WHEN counted_up_to = '-infinity' THEN NULL ELSE counted_up_to END FROM request_tally_mark")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	private int pass() {
		long started = System.nanoTime();
		// A municipality and a UTC day of filing for each request changed or fallen overdue since.
		record Touched(String organisation, String country, LocalDate utcDay) {
		}
		Set<Touched> touched = new LinkedHashSet<>(jdbc.sql("""
				WITH mark AS (SELECT counted_up_to - CAST(:margin AS interval) AS since FROM request_tally_mark)
				SELECT organisation_code, split_part(area_path, '/', 1) AS country, CAST(submitted_at AT TIME ZONE 'UTC' AS date) AS day
				  FROM service_request, mark WHERE updated_at > mark.since
				UNION
				SELECT organisation_code, split_part(area_path, '/', 1), CAST(submitted_at AT TIME ZONE 'UTC' AS date)
				  FROM service_request, mark
				 WHERE status IN """ + RequestStatus.OPEN_SQL + " AND due_at > mark.since AND due_at <= now()")
			.param("margin", CLOCK_MARGIN)
			.query((rs, n) -> new Touched(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()))
			.list());

		// The months, in each municipality's zone, those days fall in (a UTC day may straddle two).
		Map<String, Set<LocalDate>> months = new HashMap<>();
		for (Touched t : touched) {
			ZoneId zone = Scope.of(t.country()).timeZone();
			Set<LocalDate> set = months.computeIfAbsent(t.organisation(), o -> new LinkedHashSet<>());
			set.add(monthOf(t.utcDay().atStartOfDay(), zone));
			set.add(monthOf(t.utcDay().atTime(23, 59, 59), zone));
		}
		int recounted = 0;
		for (Map.Entry<String, Set<LocalDate>> org : months.entrySet()) {
			String path = organisations.findByCode(org.getKey()).map(OrganisationSummary::jurisdictionPath).orElse(null);
			if (path == null) {
				continue;
			}
			for (LocalDate month : org.getValue()) {
				recountMonth(org.getKey(), path, month);
				recounted++;
			}
			recountWaits(org.getKey());
		}
		jdbc.sql("""
				UPDATE request_tally_mark SET counted_up_to = greatest(now() - interval '1 hour', least(now(), (
				    SELECT min(xact_start) FROM pg_stat_activity
				     WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL)))""")
			.update();
		if (recounted > 0) {
			log.debug("Recounted {} month(s) of {} municipality(ies) in {} ms", recounted, months.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		return recounted;
	}

	private static LocalDate monthOf(LocalDateTime utc, ZoneId zone) {
		return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate().withDayOfMonth(1);
	}

	private void recountMonth(String organisation, String path, LocalDate month) {
		ZoneId zone = Scope.of(path).timeZone();
		Instant from = month.atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atStartOfDay(zone).toInstant();
		record Need(String ward, String service) {
		}
		record Counted(int filed, int onTime, int late) {
		}
		Map<Need, Counted> before = new HashMap<>();
		jdbc.sql("""
				SELECT ward_code, service_code, sum(filed), sum(on_time), sum(late) FROM request_tally
				 WHERE organisation_code = :org AND month = :month GROUP BY 1, 2""")
			.param("org", organisation)
			.param("month", Date.valueOf(month))
			.query((rs, n) -> before.put(new Need(rs.getString(1), rs.getString(2)),
					new Counted(rs.getInt(3), rs.getInt(4), rs.getInt(5))))
			.list();
		jdbc.sql("DELETE FROM request_tally WHERE organisation_code = :org AND month = :month")
			.param("org", organisation)
			.param("month", Date.valueOf(month))
			.update();
		// The on-time rules are those of ServiceLevels.onTime, applied to each group at this moment.
		jdbc.sql("""
				INSERT INTO request_tally (organisation_code, month, ward_code, service_code, department_code, area_path,
				    filed, counted, resolved, on_time, late, pending,
				    open_submitted, open_acknowledged, open_assigned, open_in_progress, open_reopened)
				SELECT :org, :month, coalesce(ward_code, '-'), service_code, coalesce(department_code, '-'),
				       CASE WHEN ward_code IS NULL THEN :path ELSE min(area_path) END,
				       count(*),
				       count(*) FILTER (WHERE counted),
				       count(*) FILTER (WHERE counted AND resolved_at IS NOT NULL),
				       count(*) FILTER (WHERE counted AND resolved_at IS NOT NULL AND resolved_at <= due_at),
				       count(*) FILTER (WHERE counted AND ((resolved_at IS NOT NULL AND resolved_at > due_at)
				                        OR (resolved_at IS NULL AND open AND due_at < now()))),
				       count(*) FILTER (WHERE counted AND resolved_at IS NULL AND open AND due_at >= now()),
				       count(*) FILTER (WHERE status = 'SUBMITTED'),
				       count(*) FILTER (WHERE status = 'ACKNOWLEDGED'),
				       count(*) FILTER (WHERE status = 'ASSIGNED'),
				       count(*) FILTER (WHERE status = 'IN_PROGRESS'),
				       count(*) FILTER (WHERE status = 'REOPENED')
				  FROM (SELECT r.*, r.status NOT IN ('DUPLICATE', 'REJECTED', 'REFERRED') AS counted,
				               r.status IN """ + RequestStatus.OPEN_SQL + """
				                AS open
				          FROM service_request r
				         WHERE r.organisation_code = :org AND r.submitted_at >= :from AND r.submitted_at < :to) r
				 GROUP BY coalesce(ward_code, '-'), ward_code IS NULL, service_code, coalesce(department_code, '-')""")
			.param("org", organisation)
			.param("month", Date.valueOf(month))
			.param("path", path)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.update();
		Map<Need, Counted> after = new HashMap<>();
		Map<Need, String> paths = new HashMap<>();
		jdbc.sql("""
				SELECT ward_code, service_code, sum(filed), sum(on_time), sum(late), min(area_path) FROM request_tally
				 WHERE organisation_code = :org AND month = :month GROUP BY 1, 2""")
			.param("org", organisation)
			.param("month", Date.valueOf(month))
			.query((rs, n) -> {
				Need need = new Need(rs.getString(1), rs.getString(2));
				paths.put(need, rs.getString(6));
				return after.put(need, new Counted(rs.getInt(3), rs.getInt(4), rs.getInt(5)));
			})
			.list();
		for (Map.Entry<Need, Counted> count : after.entrySet()) {
			Need need = count.getKey();
			Counted now = count.getValue();
			Counted was = before.getOrDefault(need, new Counted(0, 0, 0));
			if (now.filed() != was.filed()) {
				events.publishEvent(new AreaNeedsCounted(organisation, paths.get(need), need.ward(), need.service(), month,
						now.filed()));
			}
			if (now.onTime() != was.onTime() || now.late() != was.late()) {
				events.publishEvent(new ServiceLevelsCounted(organisation, paths.get(need), need.ward(), need.service(), month,
						now.onTime(), now.late()));
			}
		}
	}

	private void recountWaits(String organisation) {
		jdbc.sql("DELETE FROM request_open_wait WHERE organisation_code = :org").param("org", organisation).update();
		jdbc.sql("""
				INSERT INTO request_open_wait (organisation_code, ward_code, ward_name, open, median_filed_epoch, oldest_filed_at)
				SELECT organisation_code, coalesce(ward_code, '-'), max(ward_name), count(*),
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM submitted_at)), min(submitted_at)
				  FROM service_request
				 WHERE organisation_code = :org AND status IN """ + RequestStatus.OPEN_SQL + """

				 GROUP BY 1, 2""")
			.param("org", organisation)
			.update();
	}
}
