package org.thusong.planning;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A KPI row of an SDBIP: what is measured, how, the targets, who answers for it and with which
 * budget. {@code topLayer} KPIs go to council and the public; departmental ones may name the
 * top-layer KPI they add up to in {@code topLayerRef}.
 */
public record Kpi(long id, long sdbipId, String organisationCode, String areaPath, String ref, String kpa,
		String objectiveCode, String objective, Long objectiveItemId, String indicator, String unit, BigDecimal baseline,
		BigDecimal annualTarget, BigDecimal q1Target, BigDecimal q2Target, BigDecimal q3Target, BigDecimal q4Target,
		CalculationType calculationType, Direction direction, String wards, String departmentCode, String responsible,
		String budgetVote, BigDecimal budgetAmount, String evidenceRequired, boolean topLayer, String topLayerRef) {

	public List<BigDecimal> quarterTargets() {
		return Arrays.asList(q1Target, q2Target, q3Target, q4Target);
	}

	public BigDecimal target(int quarter) {
		FinancialYear.check(quarter);
		return quarterTargets().get(quarter - 1);
	}

	public boolean numeric() {
		return calculationType != CalculationType.MILESTONE;
	}
}
