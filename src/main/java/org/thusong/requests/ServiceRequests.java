package org.thusong.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thusong.core.Conflict;

/**
 * Loads and saves {@link ServiceRequest}s whole: the row, the attribute answers (at filing) and
 * the steps taken since loading, appended to the history. Saving checks the version, so two
 * officers changing one request at once cannot overwrite each other.
 */
@Repository
public class ServiceRequests {

	private final JdbcClient jdbc;

	ServiceRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ServiceRequest> findByReference(String reference) {
		if (reference == null || reference.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM service_request WHERE upper(reference) = upper(:reference)")
			.param("reference", reference.trim())
			.query(ServiceRequests::restore)
			.optional();
	}

	public Optional<ServiceRequest> findById(long id) {
		return jdbc.sql("SELECT * FROM service_request WHERE id = :id").param("id", id).query(ServiceRequests::restore).optional();
	}

	/** Saves a new request with its answers; returns its id. */
	long insert(ServiceRequest request, Map<String, List<String>> answers) {
		ServiceRequest.Filing f = request.filing();
		long id = jdbc.sql("""
				INSERT INTO service_request (reference, organisation_code, area_path, ward_code, ward_demarcation, ward_name,
				    service_id, service_code, kind, description, latitude, longitude, address, reporter_name, reporter_phone,
				    reporter_email, filed_by_kind, filed_by_user, channel, status, department_code, officer, priority,
				    submitted_at, due_at, updated_at)
				VALUES (:reference, :org, :path, :ward, :wardDemarcation, :wardName, :serviceId, :serviceCode, :kind,
				    :description, :lat, :lon, :address, :name, :phone, :email, :filedBy, :filedByUser, :channel, :status,
				    :department, :officer, :priority, :submitted, :due, :submitted)
				RETURNING id""")
			.param("reference", f.reference())
			.param("org", f.organisationCode())
			.param("path", f.areaPath())
			.param("ward", f.wardCode())
			.param("wardDemarcation", f.wardDemarcation())
			.param("wardName", f.wardName())
			.param("serviceId", f.serviceId())
			.param("serviceCode", f.serviceCode())
			.param("kind", f.kind().name())
			.param("description", f.description())
			.param("lat", f.latitude())
			.param("lon", f.longitude())
			.param("address", f.address())
			.param("name", f.reporter().name())
			.param("phone", f.reporter().phone())
			.param("email", f.reporter().email())
			.param("filedBy", f.filedBy().name())
			.param("filedByUser", f.filedByUser())
			.param("channel", f.channel().name())
			.param("status", request.status().name())
			.param("department", request.departmentCode())
			.param("officer", request.officer())
			.param("priority", f.priority().name())
			.param("submitted", Timestamp.from(f.submittedAt()))
			.param("due", Timestamp.from(request.dueAt()))
			.query(Long.class)
			.single();
		answers.forEach((code, values) -> {
			for (int i = 0; i < values.size(); i++) {
				jdbc.sql("INSERT INTO service_request_answer (request_id, code, value, position) VALUES (:id, :code, :value, :pos)")
					.param("id", id).param("code", code).param("value", values.get(i)).param("pos", i).update();
			}
		});
		appendSteps(id, request.newSteps());
		return id;
	}

	/** Saves the request's state and appends its new steps; refuses a stale copy. */
	void update(ServiceRequest request) {
		int updated = jdbc.sql("""
				UPDATE service_request SET status = :status, department_code = :department, officer = :officer,
				    due_at = :due, acknowledged_at = :acknowledged, resolved_at = :resolved, closed_at = :closed,
				    duplicate_of = :duplicateOf, referred_to = :referredTo, referred_reference = :referredReference,
				    rejection_reason = :rejection, rating = :rating, rating_comment = :ratingComment,
				    updated_at = now(), version = version + 1
				 WHERE id = :id AND version = :version""")
			.param("status", request.status().name())
			.param("department", request.departmentCode())
			.param("officer", request.officer())
			.param("due", Timestamp.from(request.dueAt()))
			.param("acknowledged", timestamp(request.acknowledgedAt()))
			.param("resolved", timestamp(request.resolvedAt()))
			.param("closed", timestamp(request.closedAt()))
			.param("duplicateOf", request.duplicateOf())
			.param("referredTo", request.referredTo())
			.param("referredReference", request.referredReference())
			.param("rejection", request.rejectionReason())
			.param("rating", request.rating())
			.param("ratingComment", request.ratingComment())
			.param("id", request.id())
			.param("version", request.version())
			.update();
		if (updated == 0) {
			throw new Conflict("version", "Request " + request.reference() + " was changed by someone else; reload it and try again");
		}
		appendSteps(request.id(), request.newSteps());
	}

	private void appendSteps(long requestId, List<ServiceRequest.Step> steps) {
		for (ServiceRequest.Step step : steps) {
			jdbc.sql("""
					INSERT INTO service_request_step (request_id, at, actor, action, from_status, to_status, note, public)
					VALUES (:id, :at, :actor, :action, :from, :to, :note, :public)""")
				.param("id", requestId)
				.param("at", Timestamp.from(step.at()))
				.param("actor", step.actor())
				.param("action", step.action())
				.param("from", step.from() == null ? null : step.from().name())
				.param("to", step.to() == null ? null : step.to().name())
				.param("note", step.note())
				.param("public", step.isPublic())
				.update();
		}
	}

	/** The request's history, oldest first; only public steps when {@code publicOnly}. */
	public List<ServiceRequest.Step> history(long requestId, boolean publicOnly) {
		return jdbc.sql("SELECT * FROM service_request_step WHERE request_id = :id" + (publicOnly ? " AND public" : "")
				+ " ORDER BY at, id")
			.param("id", requestId)
			.query((rs, n) -> new ServiceRequest.Step(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), status(rs.getString("from_status")), status(rs.getString("to_status")),
					rs.getString("note"), rs.getBoolean("public")))
			.list();
	}

	/** The attribute answers given at filing, by code (several for a multi-value list). */
	public Map<String, List<String>> answers(long requestId) {
		Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
		jdbc.sql("SELECT code, value FROM service_request_answer WHERE request_id = :id ORDER BY code, position")
			.param("id", requestId)
			.query((rs, n) -> answers.computeIfAbsent(rs.getString("code"), k -> new java.util.ArrayList<>()).add(rs.getString("value")))
			.list();
		return answers;
	}

	/** How many reports were merged into this one (the original shows how many people reported it). */
	public int duplicatesOf(long requestId) {
		return jdbc.sql("SELECT count(*) FROM service_request WHERE duplicate_of = :id").param("id", requestId)
			.query(Integer.class).single();
	}

	/** Links a stored photo (a document id) to the request, after the ones it has. */
	void attachPhoto(long requestId, java.util.UUID documentId) {
		jdbc.sql("""
				INSERT INTO service_request_photo (request_id, document_id, position)
				VALUES (:id, :document, (SELECT count(*) FROM service_request_photo WHERE request_id = :id))""")
			.param("id", requestId)
			.param("document", documentId)
			.update();
	}

	/** The ids of the documents holding the request's photos, in the order they were attached. */
	public List<java.util.UUID> photos(long requestId) {
		return jdbc.sql("SELECT document_id FROM service_request_photo WHERE request_id = :id ORDER BY position")
			.param("id", requestId)
			.query(java.util.UUID.class)
			.list();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static RequestStatus status(String name) {
		return name == null ? null : RequestStatus.valueOf(name);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static ServiceRequest restore(ResultSet rs, int row) throws SQLException {
		double lat = rs.getDouble("latitude");
		Double latitude = rs.wasNull() ? null : lat;
		double lon = rs.getDouble("longitude");
		Double longitude = rs.wasNull() ? null : lon;
		long duplicate = rs.getLong("duplicate_of");
		Long duplicateOf = rs.wasNull() ? null : duplicate;
		int stars = rs.getInt("rating");
		Integer rating = rs.wasNull() ? null : stars;
		ServiceRequest.Filing filing = new ServiceRequest.Filing(rs.getString("reference"), rs.getString("organisation_code"),
				rs.getString("area_path"), rs.getString("ward_code"), rs.getString("ward_demarcation"), rs.getString("ward_name"),
				rs.getLong("service_id"), rs.getString("service_code"), RequestKind.valueOf(rs.getString("kind")),
				rs.getString("description"), latitude, longitude, rs.getString("address"),
				new ServiceRequest.Reporter(rs.getString("reporter_name"), rs.getString("reporter_phone"),
						rs.getString("reporter_email")),
				FiledBy.valueOf(rs.getString("filed_by_kind")), rs.getString("filed_by_user"),
				Channel.valueOf(rs.getString("channel")), Priority.valueOf(rs.getString("priority")),
				instant(rs, "submitted_at"));
		return new ServiceRequest(rs.getLong("id"), filing, RequestStatus.valueOf(rs.getString("status")),
				rs.getString("department_code"), rs.getString("officer"), instant(rs, "due_at"), instant(rs, "acknowledged_at"),
				instant(rs, "resolved_at"), instant(rs, "closed_at"), duplicateOf, rs.getString("referred_to"),
				rs.getString("referred_reference"), rs.getString("rejection_reason"), rating, rs.getString("rating_comment"),
				rs.getInt("version"));
	}
}
