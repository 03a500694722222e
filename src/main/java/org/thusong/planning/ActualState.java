package org.thusong.planning;

import java.util.Locale;

/**
 * Where a quarter's actual stands: captured by the responsible official, submitted, reviewed by
 * the department manager, verified by the PMS unit or internal audit, approved (and then locked).
 * Any reviewer may return it with a reason; a returned actual is corrected and submitted again.
 */
public enum ActualState {

	CAPTURED, SUBMITTED, REVIEWED, VERIFIED, APPROVED, RETURNED;

	/** Whether the responsible official may still change the value, comment and evidence. */
	public boolean editable() {
		return this == CAPTURED || this == RETURNED;
	}

	public String messageKey() {
		return "planning.state." + name().toLowerCase(Locale.ROOT);
	}
}
