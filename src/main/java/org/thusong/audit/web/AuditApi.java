package org.thusong.audit.web;

import java.time.Instant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.audit.internal.AuditEntry;
import org.thusong.audit.internal.AuditLog;
import org.thusong.core.PageOf;
import org.thusong.core.Scope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as JSON for administrators and auditors, newest first, limited to the caller's
 * scope. Query parameters: {@code actor, entityType, entityId, action, from, to} (days,
 * {@code yyyy-MM-dd}, both inclusive, South African or Turkish time by the caller's scope),
 * {@code q} (free text), {@code page} (from 0) and {@code size}.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditApi {

	private final AuditLog log;

	private final JsonMapper json;

	AuditApi(AuditLog log, JsonMapper json) {
		this.log = log;
		this.json = json;
	}

	/** An entry with its states as JSON objects rather than text. */
	record Entry(long id, Instant at, String actor, String action, String entityType, String entityId, String areaPath,
			JsonNode before, JsonNode after, String requestId) {
	}

	@GetMapping
	PageOf<Entry> search(AuditQuery query, Scope scope) {
		return log.search(query.filter(scope.timeZone()), scope, query.pageRequest()).map(this::entry);
	}

	private Entry entry(AuditEntry e) {
		return new Entry(e.id(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.areaPath(),
				e.before() == null ? null : json.readTree(e.before()), e.after() == null ? null : json.readTree(e.after()),
				e.requestId());
	}
}
