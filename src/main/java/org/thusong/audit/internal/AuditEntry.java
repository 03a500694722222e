package org.thusong.audit.internal;

import java.time.Instant;

/**
 * One recorded change as the read side sees it. {@code before} and {@code after} are the JSON
 * text as stored, or {@code null} when the thing did not exist before (or no longer exists after).
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
		String areaPath, String before, String after, String requestId) {
}
