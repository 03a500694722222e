package org.thusong.coordination;

/** Where an intervention stands. */
public enum SupportStatus {
	PLANNED, UNDER_WAY, COMPLETED, CANCELLED;

	public String messageKey() {
		return "coordination.support.status." + name();
	}
}
