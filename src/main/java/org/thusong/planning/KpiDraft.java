package org.thusong.planning;

import java.math.BigDecimal;

/** A KPI row as it arrives from the workbook or the API, already checked field by field. */
public record KpiDraft(String ref, String kpa, String objectiveCode, String objective, String indicator, String unit,
		BigDecimal baseline, BigDecimal annualTarget, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4,
		CalculationType calculationType, Direction direction, String wards, String departmentCode, String responsible,
		String budgetVote, BigDecimal budgetAmount, String evidenceRequired, boolean topLayer, String topLayerRef) {
}
