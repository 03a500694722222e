package org.thusong.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thusong.core.Conflict;

/**
 * Loads and saves {@link Actual}s whole, appending the steps taken since loading to their
 * history. Saving checks the version, so two people acting on one actual cannot overwrite each other.
 */
@Repository
public class Actuals {

	private final JdbcClient jdbc;

	Actuals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Actual> find(long kpiId, int quarter) {
		return jdbc.sql("SELECT * FROM planning_actual WHERE kpi_id = :kpi AND quarter = :q")
			.param("kpi", kpiId)
			.param("q", quarter)
			.query(Actuals::restore)
			.optional();
	}

	public Optional<Actual> findById(long id) {
		return jdbc.sql("SELECT * FROM planning_actual WHERE id = :id").param("id", id).query(Actuals::restore).optional();
	}

	public List<Actual> ofSdbip(long sdbipId) {
		return jdbc.sql("SELECT * FROM planning_actual WHERE sdbip_id = :s ORDER BY kpi_id, quarter")
			.param("s", sdbipId)
			.query(Actuals::restore)
			.list();
	}

	public List<Actual> ofKpi(long kpiId) {
		return jdbc.sql("SELECT * FROM planning_actual WHERE kpi_id = :k ORDER BY quarter").param("k", kpiId).query(Actuals::restore).list();
	}

	/** Saves the actual and its new steps; returns its id. */
	long save(Actual a) {
		long id;
		if (a.id() == null) {
			id = jdbc.sql("""
					INSERT INTO planning_actual (kpi_id, sdbip_id, organisation_code, area_path, quarter, value, comment,
					    variance_reason, corrective_measure, state, returned_reason, captured_by, reviewed_by, verified_by,
					    approved_by, updated_at)
					VALUES (:kpi, :sdbip, :org, :path, :q, :value, :comment, :variance, :measure, :state, :returned,
					    :captured, :reviewed, :verified, :approved, :updated)
					ON CONFLICT (kpi_id, quarter) DO NOTHING
					RETURNING id""")
				.param("kpi", a.kpiId())
				.param("sdbip", a.sdbipId())
				.param("org", a.organisationCode())
				.param("path", a.areaPath())
				.param("q", a.quarter())
				.params(common(a))
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new Conflict("quarter", "someone else captured this quarter meanwhile; reload it and try again"));
		}
		else {
			int updated = jdbc.sql("""
					UPDATE planning_actual SET value = :value, comment = :comment, variance_reason = :variance,
					    corrective_measure = :measure, state = :state, returned_reason = :returned, captured_by = :captured,
					    reviewed_by = :reviewed, verified_by = :verified, approved_by = :approved, updated_at = :updated,
					    version = version + 1
					 WHERE id = :id AND version = :version""")
				.param("id", a.id())
				.param("version", a.version())
				.params(common(a))
				.update();
			if (updated == 0) {
				throw new Conflict("version", "someone else changed this actual meanwhile; reload it and try again");
			}
			id = a.id();
		}
		for (Actual.Step step : a.steps()) {
			jdbc.sql("""
					INSERT INTO planning_actual_step (actual_id, from_state, to_state, actor, reason, at)
					VALUES (:id, :from, :to, :actor, :reason, :at)""")
				.param("id", id)
				.param("from", step.from() == null ? null : step.from().name())
				.param("to", step.to().name())
				.param("actor", step.actor())
				.param("reason", step.reason())
				.param("at", Timestamp.from(step.at()))
				.update();
		}
		return id;
	}

	private static java.util.Map<String, Object> common(Actual a) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("value", a.value());
		p.put("comment", a.comment());
		p.put("variance", a.varianceReason());
		p.put("measure", a.correctiveMeasure());
		p.put("state", a.state().name());
		p.put("returned", a.returnedReason());
		p.put("captured", a.capturedBy());
		p.put("reviewed", a.reviewedBy());
		p.put("verified", a.verifiedBy());
		p.put("approved", a.approvedBy());
		p.put("updated", Timestamp.from(a.updatedAt()));
		return p;
	}

	static Actual restore(ResultSet rs, int row) throws SQLException {
		return new Actual(rs.getLong("id"), rs.getLong("kpi_id"), rs.getLong("sdbip_id"), rs.getString("organisation_code"),
				rs.getString("area_path"), rs.getInt("quarter"), PerformanceRules.normal(rs.getBigDecimal("value")), rs.getString("comment"),
				rs.getString("variance_reason"), rs.getString("corrective_measure"), ActualState.valueOf(rs.getString("state")),
				rs.getString("returned_reason"), rs.getString("captured_by"), rs.getString("reviewed_by"),
				rs.getString("verified_by"), rs.getString("approved_by"), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}
}
