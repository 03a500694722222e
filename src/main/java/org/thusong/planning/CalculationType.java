package org.thusong.planning;

import java.util.Locale;

import org.thusong.core.InvalidInput;

/**
 * How a KPI's quarters add up to its year. The exact rules are in {@link PerformanceRules}.
 */
public enum CalculationType {

	/** The year is the sum of the quarters. */
	CUMULATIVE,
	/** Carry-over: the year is the last captured quarter's value. */
	LAST_VALUE,
	/** The year is the mean of the captured quarters. */
	AVERAGE,
	/** The year is the highest captured quarter. */
	MAXIMUM,
	/** Done (1) or not done (0) by the end of the first quarter whose target is 1. */
	MILESTONE;

	/** Reads a workbook or form value: the name, or the words people write (carry-over, last value). */
	public static CalculationType parse(String field, String text) {
		String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return switch (t) {
			case "CUMULATIVE", "KÜMÜLATIF", "KUMULATIF" -> CUMULATIVE;
			case "LAST_VALUE", "CARRY_OVER", "CARRYOVER", "LAST", "SON_DEĞER" -> LAST_VALUE;
			case "AVERAGE", "ORTALAMA" -> AVERAGE;
			case "MAXIMUM", "MAX", "EN_YÜKSEK" -> MAXIMUM;
			case "MILESTONE", "KILOMETRE_TAŞI" -> MILESTONE;
			default -> throw new InvalidInput(field,
					"must be one of cumulative, carry-over, average, maximum, milestone; not '" + (text == null ? "" : text.trim()) + "'");
		};
	}

	public String messageKey() {
		return "planning.calc." + name().toLowerCase(Locale.ROOT);
	}
}
