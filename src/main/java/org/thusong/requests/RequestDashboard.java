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
 * A municipality's figures at a glance: volumes read from the pre-counted
 * {@code request_need_by_area} (never a count over every request), the backlog and the waits
 * read from open requests only, and on-time figures from {@link ServiceLevels}. Also the open
 * requests the public may see on a map: place, service, status and age, nothing personal.
 */
@Service
@Transactional(readOnly = true)
public class RequestDashboard {

	private static final String OPEN = "('SUBMITTED','ACKNOWLEDGED','ASSIGNED','IN_PROGRESS','REOPENED')";

	/** A label and how many. */
	public record Count(String key, long count) {
	}

	/** How long the open requests of one ward have waited, in days. */
	public record WardWait(String wardCode, String wardName, long open, double medianDays, double maxDays) {
	}

	/** The dashboard's figures for one municipality; months are in its time zone. */
	public record Figures(String organisationCode, List<Count> volumeByMonth, List<Count> backlogByStatus,
			OnTime onTime, List<OnTime> onTimeByService, List<Count> topServices, LocalDate topServicesFrom,
			List<WardWait> longestWaits) {
	}

	/** An open request as the public sees it: no name, phone, e-mail, address or description. */
	public record OpenRequest(String reference, String serviceCode, RequestStatus status, String wardName,
			Instant submittedAt, long ageDays, Double latitude, Double longitude) {
	}

	private final JdbcClient jdbc;

	private final ServiceLevels levels;

	private final Organisations organisations;

	RequestDashboard(JdbcClient jdbc, ServiceLevels levels, Organisations organisations) {
		this.jdbc = jdbc;
		this.levels = levels;
		this.organisations = organisations;
	}

	/** The municipalities whose dashboard a reader with this scope may see. */
	public List<OrganisationSummary> municipalities(Scope scope) {
		return organisations.page(scope, OrganisationKind.MUNICIPALITY, null, new org.thusong.core.PageRequestOf(0, 200))
			.items();
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
				SELECT to_char(month, 'YYYY-MM') AS m, sum(requests) AS n FROM request_need_by_area
				 WHERE organisation_code = :org AND month >= :from GROUP BY 1""")
			.param("org", org)
			.param("from", Date.valueOf(first.atDay(1)))
			.query((rs, n) -> months.put(rs.getString("m"), rs.getLong("n")))
			.list();
		List<Count> volume = months.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();

		// Counted per calendar month: the last 90 days are read as this month and the two before it.
		LocalDate topFrom = thisMonth.minusMonths(2).atDay(1);
		List<Count> top = jdbc.sql("""
				SELECT service_code, sum(requests) AS n FROM request_need_by_area
				 WHERE organisation_code = :org AND month >= :from
				 GROUP BY service_code ORDER BY n DESC, service_code LIMIT 10""")
			.param("org", org)
			.param("from", Date.valueOf(topFrom))
			.query((rs, n) -> new Count(rs.getString("service_code"), rs.getLong("n")))
			.list();

		List<Count> backlog = jdbc.sql("SELECT status, count(*) AS n FROM service_request"
				+ " WHERE organisation_code = :org AND status IN " + OPEN + " GROUP BY status")
			.param("org", org)
			.query((rs, n) -> new Count(rs.getString("status"), rs.getLong("n")))
			.list();
		List<Count> orderedBacklog = new ArrayList<>();
		for (RequestStatus status : RequestStatus.values()) {
			if (status.isOpen()) {
				orderedBacklog.add(backlog.stream().filter(c -> c.key().equals(status.name())).findFirst()
					.orElse(new Count(status.name(), 0)));
			}
		}

		List<WardWait> waits = jdbc.sql("""
				SELECT coalesce(ward_code, '-') AS ward_code, max(ward_name) AS ward_name, count(*) AS n,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - submitted_at)) / 86400 AS median_days,
				       max(extract(epoch FROM now() - submitted_at)) / 86400 AS max_days
				  FROM service_request
				 WHERE organisation_code = :org AND status IN """ + OPEN + """

				 GROUP BY 1 ORDER BY median_days DESC, max_days DESC LIMIT 10""")
			.param("org", org)
			.query((rs, n) -> new WardWait(rs.getString("ward_code"), rs.getString("ward_name"), rs.getLong("n"),
					round(rs.getDouble("median_days")), round(rs.getDouble("max_days"))))
			.list();

		Instant from = ZonedDateTime.of(first.atDay(1).atStartOfDay(), zone).toInstant();
		List<OnTime> byService = levels.onTime(scope, OnTimeGroup.SERVICE, org, from, null);
		return new Figures(org, volume, orderedBacklog, overall(byService), byService, top, topFrom, waits);
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
		Double percent = onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
		return new OnTime("all", total, resolved, onTime, late, pending, percent);
	}

	private static double round(double days) {
		return Math.round(days * 10) / 10.0;
	}
}
