package org.thusong.planning;

import java.util.Locale;

/**
 * The performance reports a municipality publishes: the quarterly report (MFMA section 52(d)),
 * the mid-year assessment (section 72: the first two quarters and a projection for the year) and
 * the annual performance report (MSA section 46, with the previous year beside it). A Turkish
 * organisation gets them in Turkish (the annual one is its faaliyet raporu's performance part).
 */
public enum ReportKind {

	QUARTERLY, MID_YEAR, ANNUAL;

	public String messageKey() {
		return "planning.report." + name().toLowerCase(Locale.ROOT);
	}
}
