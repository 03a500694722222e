package org.thusong.audit;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a change to business data: who, when, what, before and after. Call it inside the
 * transaction that makes the change, so that a change is never kept without its record and a
 * record never outlives a rolled-back change.
 */
@Service
public class AuditTrail {

	/** The actor name used for changes no person made (first-start loading, scheduled jobs). */
	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param entityType what kind of thing changed, e.g. {@code organisation}
	 * @param entityId its code or id
	 * @param action a verb, e.g. {@code created}, {@code updated}, {@code locked}
	 * @param areaPath the code path of the area the thing belongs to, which decides who may read
	 * the record; {@code null} for platform-wide things
	 * @param before its state before the change (any object Jackson can write), or {@code null}
	 * @param after its state after the change, or {@code null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, String entityId, String action, String areaPath, Object before, Object after) {
		jdbc.sql("""
				INSERT INTO audit_entry (actor, action, entity_type, entity_id, area_path, before_state, after_state, request_id)
				VALUES (:actor, :action, :type, :id, :path, CAST(:before AS jsonb), CAST(:after AS jsonb), :requestId)""")
			.param("actor", currentActor())
			.param("action", action)
			.param("type", entityType)
			.param("id", entityId)
			.param("path", areaPath)
			.param("before", before == null ? null : json.writeValueAsString(before))
			.param("after", after == null ? null : json.writeValueAsString(after))
			.param("requestId", MDC.get("requestId"))
			.update();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return SYSTEM;
		}
		return authentication.getName();
	}
}
