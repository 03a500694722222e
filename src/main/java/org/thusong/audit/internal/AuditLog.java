package org.thusong.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;

/**
 * Reads the audit trail, newest first, always inside the reader's scope: an unrestricted scope
 * sees every entry (platform-wide ones without an area too); any other scope sees the entries whose
 * area lies inside it.
 */
@Component
@Transactional(readOnly = true)
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<AuditEntry> search(AuditFilter filter, Scope scope, PageRequestOf pageRequest) {
		Conditions where = conditionsFor(filter, scope);
		long total = jdbc.sql("SELECT count(*) FROM audit_entry WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<AuditEntry> items = jdbc.sql("""
				SELECT id, at, actor, action, entity_type, entity_id, area_path,
				       before_state::text AS before_state, after_state::text AS after_state, request_id
				  FROM audit_entry
				 WHERE %s
				 ORDER BY at DESC, id DESC
				 LIMIT :limit OFFSET :offset""".formatted(where.sql()))
			.params(where.params())
			.param("limit", pageRequest.size())
			.param("offset", pageRequest.offset())
			.query(AuditLog::entry)
			.list();
		return new PageOf<>(items, pageRequest.page(), pageRequest.size(), total);
	}

	/*
	 * Only the conditions that are asked for go into the SQL, so that PostgreSQL can use the
	 * actor and entity indexes instead of evaluating "(:x IS NULL OR ...)" on every row.
	 */
	private static Conditions conditionsFor(AuditFilter filter, Scope scope) {
		Conditions where = new Conditions();
		if (!scope.unrestricted()) {
			where.add("area_path LIKE ANY (:patterns)", "patterns", scope.likePatternArray());
		}
		if (filter.actor() != null) {
			where.add("lower(actor) = lower(:actor)", "actor", filter.actor());
		}
		if (filter.entityType() != null) {
			where.add("entity_type = :entityType", "entityType", filter.entityType());
		}
		if (filter.entityId() != null) {
			where.add("entity_id = :entityId", "entityId", filter.entityId());
		}
		if (filter.action() != null) {
			where.add("action = :action", "action", filter.action());
		}
		if (filter.from() != null) {
			where.add("at >= :from", "from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.add("at < :to", "to", Timestamp.from(filter.to()));
		}
		if (filter.text() != null) {
			where.add("""
					(actor ILIKE :text OR action ILIKE :text OR entity_type ILIKE :text OR entity_id ILIKE :text
					 OR before_state::text ILIKE :text OR after_state::text ILIKE :text)""",
					"text", "%" + escapeLike(filter.text()) + "%");
		}
		return where;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("area_path"), rs.getString("before_state"), rs.getString("after_state"),
				rs.getString("request_id"));
	}

	private static final class Conditions {

		private final List<String> clauses = new ArrayList<>(List.of("TRUE"));

		private final Map<String, Object> params = new LinkedHashMap<>();

		void add(String clause, String name, Object value) {
			clauses.add(clause);
			params.put(name, value);
		}

		String sql() {
			return String.join(" AND ", clauses);
		}

		Map<String, Object> params() {
			return params;
		}
	}
}
