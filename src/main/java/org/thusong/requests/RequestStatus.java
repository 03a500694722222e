package org.thusong.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. The lifecycle: submitted → acknowledged → assigned → in progress →
 * resolved → closed; on the way it may be rejected (with a reason), referred (to another
 * organisation), or marked a duplicate (of an original); a resolved or closed request may be
 * reopened within a window when the problem is not fixed.
 */
public enum RequestStatus {

	SUBMITTED, ACKNOWLEDGED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED, REJECTED, REFERRED, DUPLICATE;

	/** The open states as an SQL list, for {@code status IN ...}; partial indexes use the same list. */
	static final String OPEN_SQL = "('SUBMITTED','ACKNOWLEDGED','ASSIGNED','IN_PROGRESS','REOPENED')";

	/** The states a request in this state may move to. */
	public Set<RequestStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(ACKNOWLEDGED, ASSIGNED, REJECTED, REFERRED, DUPLICATE);
			case ACKNOWLEDGED -> EnumSet.of(ASSIGNED, REJECTED, REFERRED, DUPLICATE);
			case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, REJECTED, REFERRED, DUPLICATE);
			case IN_PROGRESS -> EnumSet.of(ASSIGNED, RESOLVED, REFERRED);
			case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
			case CLOSED -> EnumSet.of(REOPENED);
			case REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED);
			case REJECTED, REFERRED, DUPLICATE -> EnumSet.noneOf(RequestStatus.class);
		};
	}

	/** Whether work on the request is still expected (its service-level clock runs). */
	public boolean isOpen() {
		return switch (this) {
			case SUBMITTED, ACKNOWLEDGED, ASSIGNED, IN_PROGRESS, REOPENED -> true;
			default -> false;
		};
	}

	/** Open311 knows only {@code open} and {@code closed}. */
	public String open311() {
		return isOpen() ? "open" : "closed";
	}

	public String messageKey() {
		return "requests.status." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
