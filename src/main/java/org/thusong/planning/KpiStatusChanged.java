package org.thusong.planning;

/**
 * A KPI's status for a quarter and for the year so far, after an actual was approved or reopened.
 */
public record KpiStatusChanged(long kpiId, String kpiRef, String organisationCode, String areaPath, int financialYear,
		int quarter, KpiStatus quarterStatus, KpiStatus yearStatus) {
}
