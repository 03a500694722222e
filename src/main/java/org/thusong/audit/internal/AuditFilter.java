package org.thusong.audit.internal;

import java.time.Instant;

import org.thusong.core.InvalidInput;

/**
 * What a reader narrows the audit trail down to. Every part is optional ({@code null} means "any");
 * {@code to} is exclusive so that a day given in a form covers the whole day.
 *
 * @param text free text looked for in the actor, entity, action and the before and after states
 */
public record AuditFilter(String actor, String entityType, String entityId, String action, Instant from, Instant to,
		String text) {

	public AuditFilter {
		actor = blankToNull(actor);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
		action = blankToNull(action);
		text = blankToNull(text);
		if (from != null && to != null && !to.isAfter(from)) {
			throw new InvalidInput("to", "must not be before 'from'");
		}
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
