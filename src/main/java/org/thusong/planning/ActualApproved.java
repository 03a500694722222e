package org.thusong.planning;

import java.math.BigDecimal;

/**
 * A quarter's actual was approved and is now locked: for the indicators module and dashboards.
 */
public record ActualApproved(long actualId, long kpiId, String kpiRef, String organisationCode, String areaPath,
		int financialYear, int quarter, BigDecimal value, String unit) {
}
