package org.thusong.requests.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.requests.RequestStatus;

/**
 * What Open311 reads of a municipality's requests, in SQL so that the indexes serve it: requests
 * by id or by filters, and the public steps of their histories. Nothing personal is selected: no
 * reporter, no officer, no internal note.
 */
@Component
@Transactional(readOnly = true)
class Open311Reads {

	/** A request as Open311 lists it. */
	record Row(String reference, RequestStatus status, String serviceCode, String nameEn, String nameTr, String description,
			String departmentCode, Instant submittedAt, Instant updatedAt, Instant dueAt, String address, Double latitude,
			Double longitude, String original, String lastPublicNote) {
	}

	/** A public step in a request's history. */
	record Update(long id, String reference, RequestStatus status, Instant at, String note) {
	}

	/** Which requests: by reference (overriding everything else), or by the other filters. */
	record Query(List<String> references, Set<RequestStatus> statuses, List<String> serviceCodes, Instant from, Instant to,
			int limit, long offset) {
	}

	private final JdbcClient jdbc;

	Open311Reads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> requests(String organisationCode, Query query) {
		StringBuilder where = new StringBuilder(" WHERE r.organisation_code = :org");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("org", organisationCode);
		if (!query.references().isEmpty()) {
			where.append(" AND upper(r.reference) = ANY (:refs)");
			params.put("refs", query.references().stream().map(String::toUpperCase).toArray(String[]::new));
		}
		else {
			if (!query.statuses().isEmpty()) {
				where.append(" AND r.status = ANY (:statuses)");
				params.put("statuses", query.statuses().stream().map(Enum::name).toArray(String[]::new));
			}
			if (!query.serviceCodes().isEmpty()) {
				where.append(" AND r.service_code = ANY (:services)");
				params.put("services", query.serviceCodes().toArray(String[]::new));
			}
			where.append(" AND r.submitted_at >= :from AND r.submitted_at <= :to");
			params.put("from", Timestamp.from(query.from()));
			params.put("to", Timestamp.from(query.to()));
		}
		return jdbc.sql("""
				SELECT r.reference, r.status, r.service_code, s.name_en, s.name_tr, r.description, r.department_code,
				       r.submitted_at, r.updated_at, r.due_at, r.address, r.latitude, r.longitude, o.reference AS original,
				       (SELECT st.note FROM service_request_step st
				         WHERE st.request_id = r.id AND st.public AND st.note IS NOT NULL
				         ORDER BY st.at DESC, st.id DESC LIMIT 1) AS last_note
				  FROM service_request r
				  JOIN request_service s ON s.id = r.service_id
				  LEFT JOIN service_request o ON o.id = r.duplicate_of""" + where
				+ " ORDER BY r.submitted_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.limit())
			.param("offset", query.offset())
			.query(Open311Reads::row)
			.list();
	}

	/** Public steps of the municipality's requests taken in the period, oldest first. */
	List<Update> updates(String organisationCode, Instant from, Instant to, int limit, long offset) {
		return jdbc.sql("""
				SELECT st.id, r.reference, st.to_status, r.status, st.at, st.note
				  FROM service_request_step st
				  JOIN service_request r ON r.id = st.request_id
				 WHERE r.organisation_code = :org AND st.public AND st.at >= :from AND st.at <= :to
				 ORDER BY st.at, st.id LIMIT :limit OFFSET :offset""")
			.param("org", organisationCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Update(rs.getLong("id"), rs.getString("reference"),
					RequestStatus.valueOf(rs.getString(rs.getString("to_status") == null ? "status" : "to_status")),
					rs.getTimestamp("at").toInstant(), rs.getString("note")))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		double lat = rs.getDouble("latitude");
		Double latitude = rs.wasNull() ? null : lat;
		double lon = rs.getDouble("longitude");
		Double longitude = rs.wasNull() ? null : lon;
		return new Row(rs.getString("reference"), RequestStatus.valueOf(rs.getString("status")), rs.getString("service_code"),
				rs.getString("name_en"), rs.getString("name_tr"), rs.getString("description"), rs.getString("department_code"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), rs.getString("address"), latitude, longitude, rs.getString("original"),
				rs.getString("last_note"));
	}
}
