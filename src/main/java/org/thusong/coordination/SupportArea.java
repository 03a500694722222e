package org.thusong.coordination;

/** What a municipality is supported in. */
public enum SupportArea {
	FINANCE, GOVERNANCE, CORPORATE, ENGINEERING, IT, LAND_HUMAN_SETTLEMENTS, PLANNING;

	public String messageKey() {
		return "coordination.support.area." + name();
	}
}
