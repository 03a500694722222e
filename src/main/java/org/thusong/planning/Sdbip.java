package org.thusong.planning;

import java.time.Instant;

/**
 * One version of an organisation's SDBIP (annual performance plan; performans programı) for a
 * financial year. Version 1 is the original; a revision (after the adjustments budget) is a new
 * version that keeps the earlier ones and records who approved it, when and why. Only the
 * current version takes actuals.
 */
public record Sdbip(long id, String organisationCode, String areaPath, Long planId, FinancialYear year, int version,
		boolean current, String title, String revisionReason, String approvedBy, Instant approvedAt, String createdBy,
		Instant createdAt, boolean demo, int kpiCount) {

	public boolean revision() {
		return version > 1;
	}
}
