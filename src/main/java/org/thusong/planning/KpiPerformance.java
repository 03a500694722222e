package org.thusong.planning;

import java.math.BigDecimal;
import java.util.List;

/** A KPI with its four quarters (target, actual, workflow state, status) and its year so far. */
public record KpiPerformance(Kpi kpi, List<QuarterResult> quarters, PerformanceRules.YearResult year) {

	/** One quarter of a KPI; {@code actual}, {@code state} and {@code actualId} are null until captured. */
	public record QuarterResult(int quarter, BigDecimal target, BigDecimal actual, ActualState state, KpiStatus status,
			Long actualId, String varianceReason, String correctiveMeasure) {
	}

	public QuarterResult quarter(int q) {
		return quarters.get(q - 1);
	}
}
