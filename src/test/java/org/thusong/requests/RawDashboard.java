package org.thusong.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.core.Scope;

/**
 * The dashboard's figures computed the slow, obvious way, straight from every request in the
 * register: what the tallies must agree with (DashboardIntegrationTests) and what they are
 * measured against (bench/requests-dashboard.sh).
 */
public final class RawDashboard {

	private RawDashboard() {
	}

	public static RequestDashboard.Figures figures(JdbcClient jdbc, String org, String orgPath) {
		ZoneId zone = Scope.of(orgPath).timeZone();
		YearMonth thisMonth = YearMonth.now(zone);
		YearMonth first = thisMonth.minusMonths(11);
		Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
		String tz = zone.getId();

		Map<String, Long> months = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(thisMonth); m = m.plusMonths(1)) {
			months.put(m.toString(), 0L);
		}
		jdbc.sql("""
				SELECT to_char(submitted_at AT TIME ZONE :tz, 'YYYY-MM') AS m, count(*) AS n FROM service_request
				 WHERE organisation_code = :org AND submitted_at >= :from GROUP BY 1""")
			.param("tz", tz).param("org", org).param("from", Timestamp.from(from))
			.query((rs, n) -> months.put(rs.getString("m"), rs.getLong("n")))
			.list();
		List<RequestDashboard.Count> volume = months.entrySet().stream()
			.map(e -> new RequestDashboard.Count(e.getKey(), e.getValue())).toList();

		LocalDate topFrom = thisMonth.minusMonths(2).atDay(1);
		List<RequestDashboard.Count> top = jdbc.sql("""
				SELECT service_code, count(*) AS n FROM service_request
				 WHERE organisation_code = :org AND submitted_at >= :from
				 GROUP BY service_code ORDER BY n DESC, service_code LIMIT 10""")
			.param("org", org).param("from", Timestamp.from(topFrom.atStartOfDay(zone).toInstant()))
			.query((rs, n) -> new RequestDashboard.Count(rs.getString("service_code"), rs.getLong("n")))
			.list();

		Map<String, Long> open = new LinkedHashMap<>();
		for (RequestStatus status : RequestStatus.values()) {
			if (status.isOpen()) {
				open.put(status.name(), 0L);
			}
		}
		jdbc.sql("SELECT status, count(*) AS n FROM service_request WHERE organisation_code = :org AND status IN "
				+ RequestStatus.OPEN_SQL + " GROUP BY status")
			.param("org", org)
			.query((rs, n) -> open.put(rs.getString("status"), rs.getLong("n")))
			.list();
		List<RequestDashboard.Count> backlog = new ArrayList<>();
		open.forEach((status, count) -> backlog.add(new RequestDashboard.Count(status, count)));

		List<RequestDashboard.WardWait> waits = jdbc.sql("""
				SELECT coalesce(ward_code, '-') AS ward_code, max(ward_name) AS ward_name, count(*) AS n,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - submitted_at)) / 86400 AS median_days,
				       max(extract(epoch FROM now() - submitted_at)) / 86400 AS max_days
				  FROM service_request
				 WHERE organisation_code = :org AND status IN """ + RequestStatus.OPEN_SQL + """

				 GROUP BY 1 ORDER BY median_days DESC, max_days DESC LIMIT 10""")
			.param("org", org)
			.query((rs, n) -> new RequestDashboard.WardWait(rs.getString("ward_code"), rs.getString("ward_name"),
					rs.getLong("n"), Math.round(rs.getDouble("median_days") * 10) / 10.0,
					Math.round(rs.getDouble("max_days") * 10) / 10.0))
			.list();

		List<OnTime> byService = jdbc.sql("""
				SELECT service_code,
				       count(*) AS total,
				       count(*) FILTER (WHERE resolved_at IS NOT NULL) AS resolved,
				       count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at <= due_at) AS on_time,
				       count(*) FILTER (WHERE (resolved_at IS NOT NULL AND resolved_at > due_at)
				                           OR (resolved_at IS NULL AND status IN """ + RequestStatus.OPEN_SQL + """
				                               AND due_at < now())) AS late,
				       count(*) FILTER (WHERE resolved_at IS NULL AND status IN """ + RequestStatus.OPEN_SQL + """
				                          AND due_at >= now()) AS pending
				  FROM service_request
				 WHERE organisation_code = :org AND submitted_at >= :from
				   AND status NOT IN ('DUPLICATE', 'REJECTED', 'REFERRED')
				 GROUP BY 1 ORDER BY 1""")
			.param("org", org).param("from", Timestamp.from(from))
			.query((rs, n) -> OnTime.of(rs.getString(1), rs.getLong("total"), rs.getLong("resolved"), rs.getLong("on_time"),
					rs.getLong("late"), rs.getLong("pending")))
			.list();
		long total = 0, resolved = 0, onTime = 0, late = 0, pending = 0;
		for (OnTime g : byService) {
			total += g.total();
			resolved += g.resolved();
			onTime += g.onTime();
			late += g.late();
			pending += g.pending();
		}
		return new RequestDashboard.Figures(org, volume, backlog, OnTime.of("all", total, resolved, onTime, late, pending),
				byService, top, topFrom, waits, null);
	}

}
