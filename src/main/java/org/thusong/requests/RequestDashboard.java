package org.thusong.requests;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * A municipality's figures at a glance, read from the pre-counted tallies that
 * {@link RequestTallies} keeps (never a count over every request, so the page is as quick at five
 * million requests as at fifty thousand): volumes, the backlog by status, on-time figures by the
 * rules of {@link ServiceLevels#onTime}, and the wards waiting longest. Also the open requests the
 * public may see on a map: place, service, status and age, nothing personal.
 */
@Service
@Transactional(readOnly = true)
public class RequestDashboard {

	private static final String OPEN = RequestStatus.OPEN_SQL;

	/** A label and how many. */
	public record Count(String key, long count) {
	}

	/** How long the open requests of one ward have waited, in days. */
	public record WardWait(String wardCode, String wardName, long open, double medianDays, double maxDays) {
	}

	/** The dashboard's figures for one municipality; months are in its time zone. */
	public record Figures(String organisationCode, List<Count> volumeByMonth, List<Count> backlogByStatus,
			OnTime onTime, List<OnTime> onTimeByService, List<Count> topServices, LocalDate topServicesFrom,
			List<WardWait> longestWaits, Instant countedAt) {
	}

	/** An open request as the public sees it: no name, phone, e-mail, address or description. */
	public record OpenRequest(String reference, String serviceCode, RequestStatus status, String wardName,
			Instant submittedAt, long ageDays, Double latitude, Double longitude) {
	}

	private final JdbcClient jdbc;

	private final RequestTallies tallies;

	private final Organisations organisations;

	RequestDashboard(JdbcClient jdbc, RequestTallies tallies, Organisations organisations) {
		this.jdbc = jdbc;
		this.tallies = tallies;
		this.organisations = organisations;
	}

	/** The municipalities whose dashboard a reader with this scope may see. */
	public List<OrganisationSummary> municipalities(Scope scope) {
		return organisations.everyWithin(scope, OrganisationKind.MUNICIPALITY);
	}

	/**
	 * The figures of a municipality within the scope; one outside it is as unknown as one that
	 * does not exist.
	 */
	public Figures figures(Scope scope, String organisationCode) {
		OrganisationSummary municipality = organisations.findByCode(organisationCode)
			.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && scope.covers(o.jurisdictionPath()))
			.orElseThrow(() -> new NotFound("No municipality has the code '" + organisationCode + "'"));
		String org = municipality.code();
		ZoneId zone = Scope.of(municipality.jurisdictionPath()).timeZone();
		YearMonth thisMonth = YearMonth.now(zone);
		YearMonth first = thisMonth.minusMonths(11);

		Map<String, Long> months = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(thisMonth); m = m.plusMonths(1)) {
			months.put(m.toString(), 0L);
		}
		jdbc.sql("""
				SELECT to_char(month, 'YYYY-MM') AS m, sum(filed) AS n FROM request_tally
				 WHERE organisation_code = :org AND month >= :from GROUP BY 1""")
			.param("org", org)
			.param("from", Date.valueOf(first.atDay(1)))
			.query((rs, n) -> months.put(rs.getString("m"), rs.getLong("n")))
			.list();
		List<Count> volume = months.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();

		// Counted per calendar month: the last 90 days are read as this month and the two before it.
		LocalDate topFrom = thisMonth.minusMonths(2).atDay(1);
		List<Count> top = jdbc.sql("""
				SELECT service_code, sum(filed) AS n FROM request_tally
				 WHERE organisation_code = :org AND month >= :from
				 GROUP BY service_code ORDER BY n DESC, service_code LIMIT 10""")
			.param("org", org)
			.param("from", Date.valueOf(topFrom))
			.query((rs, n) -> new Count(rs.getString("service_code"), rs.getLong("n")))
			.list();

		List<Count> backlog = jdbc.sql("""
				SELECT coalesce(sum(open_submitted), 0), coalesce(sum(open_acknowledged), 0), coalesce(sum(open_assigned), 0),
				       coalesce(sum(open_in_progress), 0), coalesce(sum(open_reopened), 0)
				  FROM request_tally WHERE organisation_code = :org""")
			.param("org", org)
			.query((rs, n) -> List.of(new Count(RequestStatus.SUBMITTED.name(), rs.getLong(1)),
					new Count(RequestStatus.ACKNOWLEDGED.name(), rs.getLong(2)),
					new Count(RequestStatus.ASSIGNED.name(), rs.getLong(3)),
					new Count(RequestStatus.IN_PROGRESS.name(), rs.getLong(4)),
					new Count(RequestStatus.REOPENED.name(), rs.getLong(5))))
			.single();

		// The median and oldest filing times make the waits exact at this moment.
		List<WardWait> waits = jdbc.sql("""
				SELECT ward_code, ward_name, open,
				       (extract(epoch FROM now()) - median_filed_epoch) / 86400 AS median_days,
				       extract(epoch FROM now() - oldest_filed_at) / 86400 AS max_days
				  FROM request_open_wait
				 WHERE organisation_code = :org
				 ORDER BY median_days DESC, max_days DESC LIMIT 10""")
			.param("org", org)
			.query((rs, n) -> new WardWait(rs.getString("ward_code"), rs.getString("ward_name"), rs.getLong("open"),
					round(rs.getDouble("median_days")), round(rs.getDouble("max_days"))))
			.list();

		List<OnTime> byService = jdbc.sql("""
				SELECT service_code, sum(counted) AS total, sum(resolved) AS resolved, sum(on_time) AS on_time,
				       sum(late) AS late, sum(pending) AS pending
				  FROM request_tally
				 WHERE organisation_code = :org AND month >= :from
				 GROUP BY service_code HAVING sum(counted) > 0 ORDER BY service_code""")
			.param("org", org)
			.param("from", Date.valueOf(first.atDay(1)))
			.query((rs, n) -> OnTime.of(rs.getString("service_code"), rs.getLong("total"), rs.getLong("resolved"),
					rs.getLong("on_time"), rs.getLong("late"), rs.getLong("pending")))
			.list();
		return new Figures(org, volume, backlog, overall(byService), byService, top, topFrom, waits, tallies.countedAt());
	}

	/** The municipality's open requests for the public map and list, newest first, at most 1,000. */
	public List<OpenRequest> openRequests(String organisationCode) {
		Instant now = Instant.now();
		return jdbc.sql("SELECT reference, service_code, status, ward_name, submitted_at, latitude, longitude"
				+ " FROM service_request WHERE organisation_code = :org AND status IN " + OPEN
				+ " ORDER BY submitted_at DESC LIMIT 1000")
			.param("org", organisationCode)
			.query((rs, n) -> {
				Instant submitted = rs.getTimestamp("submitted_at").toInstant();
				double lat = rs.getDouble("latitude");
				Double latitude = rs.wasNull() ? null : lat;
				double lon = rs.getDouble("longitude");
				Double longitude = rs.wasNull() ? null : lon;
				return new OpenRequest(rs.getString("reference"), rs.getString("service_code"),
						RequestStatus.valueOf(rs.getString("status")), rs.getString("ward_name"), submitted,
						java.time.Duration.between(submitted, now).toDays(), latitude, longitude);
			})
			.list();
	}

	private static OnTime overall(List<OnTime> groups) {
		long total = 0, resolved = 0, onTime = 0, late = 0, pending = 0;
		for (OnTime g : groups) {
			total += g.total();
			resolved += g.resolved();
			onTime += g.onTime();
			late += g.late();
			pending += g.pending();
		}
		return OnTime.of("all", total, resolved, onTime, late, pending);
	}

	private static double round(double days) {
		return Math.round(days * 10) / 10.0;
	}
}
