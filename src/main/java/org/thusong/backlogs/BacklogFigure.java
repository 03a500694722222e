package org.thusong.backlogs;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.thusong.geography.AreaLevel;

/**
 * One area's backlog for one service in one survey year on one demarcation: how many households
 * or persons ({@code unit}) are below the norm, how many are classed against it (below, basic or
 * above basic), and apart from those the unspecified and not applicable.
 */
public record BacklogFigure(String demarcation, String areaCode, String areaName, AreaLevel level, BasicService service,
		int surveyYear, String unit, long belowNorm, long classed, long unspecified, long notApplicable) {

	/** Below the norm as a percentage of those classed, one decimal; null when none are classed. */
	public BigDecimal percent() {
		return percentOf(belowNorm, classed);
	}

	/** Basic or better: classed and not below the norm. */
	public long basicOrBetter() {
		return classed - belowNorm;
	}

	public static BigDecimal percentOf(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
