package org.thusong.planning;

import java.util.Locale;

/** Where a KPI stands against its target for a quarter or the year (see {@link PerformanceRules}). */
public enum KpiStatus {

	NOT_YET_DUE, MET, EXCEEDED, PARTIALLY_MET, NOT_MET, NO_DATA, NO_TARGET;

	public String messageKey() {
		return "planning.status." + name().toLowerCase(Locale.ROOT);
	}

	/** The traffic-light colour: green, amber, red or grey. */
	public String light() {
		return switch (this) {
			case MET, EXCEEDED -> "green";
			case PARTIALLY_MET -> "amber";
			case NOT_MET, NO_DATA -> "red";
			case NOT_YET_DUE, NO_TARGET -> "grey";
		};
	}
}
