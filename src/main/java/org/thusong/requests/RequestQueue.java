package org.thusong.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;

/**
 * Lists of requests within a reader's scope: the staff queue, a ward's requests, a caller's
 * history, Open311's list. Filters go into SQL so that indexes serve them.
 */
@Service
@Transactional(readOnly = true)
public class RequestQueue {

	private final JdbcClient jdbc;

	RequestQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<RequestSummary> page(Scope scope, RequestFilter filter, PageRequestOf page) {
		StringBuilder where = new StringBuilder(" WHERE r.area_path LIKE ANY (:patterns)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("patterns", scope.likePatternArray());
		if (filter.organisationCode() != null) {
			where.append(" AND r.organisation_code = :org");
			params.put("org", filter.organisationCode());
		}
		if (!filter.statuses().isEmpty()) {
			where.append(" AND r.status = ANY (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
		}
		if (filter.serviceCode() != null) {
			where.append(" AND r.service_code = :service");
			params.put("service", filter.serviceCode());
		}
		if (filter.departmentCode() != null) {
			where.append(" AND r.department_code = :department");
			params.put("department", filter.departmentCode());
		}
		if (filter.wardCode() != null) {
			where.append(" AND r.ward_code = :ward");
			params.put("ward", filter.wardCode());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" AND (upper(r.reference) = upper(:text) OR r.reporter_phone = :phone)");
			params.put("text", filter.text().trim());
			params.put("phone", filter.text().replaceAll("[ ()-]", ""));
		}
		if (filter.submittedFrom() != null) {
			where.append(" AND r.submitted_at >= :from");
			params.put("from", Timestamp.from(filter.submittedFrom()));
		}
		if (filter.submittedTo() != null) {
			where.append(" AND r.submitted_at <= :to");
			params.put("to", Timestamp.from(filter.submittedTo()));
		}
		if (filter.overdueOnly()) {
			where.append(" AND r.status IN " + RequestStatus.OPEN_SQL + " AND r.due_at < now()");
		}
		String order = switch (filter.sort()) {
			case DUE_FIRST -> " ORDER BY r.due_at, r.id";
			case NEWEST_FIRST -> " ORDER BY r.submitted_at DESC, r.id DESC";
			case OLDEST_FIRST -> " ORDER BY r.submitted_at, r.id";
		};
		long total = jdbc.sql("SELECT count(*) FROM service_request r" + where).params(params).query(Long.class).single();
		Instant now = Instant.now();
		List<RequestSummary> items = new ArrayList<>(jdbc.sql("""
				SELECT r.*, (SELECT count(*) FROM service_request d WHERE d.duplicate_of = r.id) AS merged
				  FROM service_request r""" + where + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> summary(rs, now))
			.list());
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	private static RequestSummary summary(java.sql.ResultSet rs, Instant now) throws java.sql.SQLException {
		RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
		Instant due = rs.getTimestamp("due_at").toInstant();
		double lat = rs.getDouble("latitude");
		Double latitude = rs.wasNull() ? null : lat;
		double lon = rs.getDouble("longitude");
		Double longitude = rs.wasNull() ? null : lon;
		return new RequestSummary(rs.getString("reference"), rs.getString("organisation_code"), rs.getString("service_code"),
				RequestKind.valueOf(rs.getString("kind")), status, rs.getString("description"), rs.getString("ward_code"),
				rs.getString("ward_name"), rs.getString("department_code"), rs.getString("officer"),
				Priority.valueOf(rs.getString("priority")), latitude, longitude, rs.getString("address"),
				rs.getTimestamp("submitted_at").toInstant(), due, rs.getTimestamp("updated_at").toInstant(),
				status.isOpen() && now.isAfter(due), 1 + rs.getInt("merged"));
	}

	/**
	 * Open requests of the same service near a point, filed within a time window: shown to the
	 * person filing, so that one leak is reported once and its reporters all hear of it.
	 *
	 * @param radiusMetres how far from the point (great-circle distance)
	 * @param window how far back
	 */
	public java.util.List<RequestSummary> nearby(String organisationCode, String serviceCode, double latitude,
			double longitude, double radiusMetres, java.time.Duration window) {
		if (radiusMetres <= 0 || radiusMetres > 50_000) {
			throw new org.thusong.core.InvalidInput("radius", "must be between 1 and 50,000 metres");
		}
		// A bounding box first (indexable, cheap), then the exact distance on the few rows left.
		double dLat = radiusMetres / 111_320.0;
		double dLon = radiusMetres / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
		Instant now = Instant.now();
		return jdbc.sql("""
				SELECT r.*, (SELECT count(*) FROM service_request d WHERE d.duplicate_of = r.id) AS merged
				  FROM service_request r
				 WHERE organisation_code = :org AND service_code = :service
				   AND status IN """ + RequestStatus.OPEN_SQL + """

				   AND submitted_at >= now() - CAST(:window AS interval)
				   AND latitude BETWEEN :minLat AND :maxLat AND longitude BETWEEN :minLon AND :maxLon
				   AND 2 * 6371000 * asin(sqrt(power(sin(radians(latitude - :lat) / 2), 2)
				       + cos(radians(:lat)) * cos(radians(latitude)) * power(sin(radians(longitude - :lon) / 2), 2))) <= :radius
				 ORDER BY submitted_at DESC LIMIT 20""")
			.param("org", organisationCode)
			.param("service", serviceCode)
			.param("window", window.toSeconds() + " seconds")
			.param("minLat", latitude - dLat)
			.param("maxLat", latitude + dLat)
			.param("minLon", longitude - dLon)
			.param("maxLon", longitude + dLon)
			.param("lat", latitude)
			.param("lon", longitude)
			.param("radius", radiusMetres)
			.query((rs, n) -> summary(rs, now))
			.list();
	}
}
