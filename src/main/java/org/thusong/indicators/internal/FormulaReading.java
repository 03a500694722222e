package org.thusong.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Circular 88 formula such as "(1) Number of households having access to electricity /
 * (2) Total number of households) *100" as numerator / denominator × factor over the numbered
 * data elements of the indicator ({@code EE1.1(1)}, {@code EE1.1(2)}).
 *
 * <p>The rule: the first "/" after a numbered element splits numerator from denominator; each side
 * is the sum of its numbered elements, an element preceded by " - " subtracted; "× 100" (written
 * {@code *100}, {@code x 100} or {@code X 100}) anywhere makes the factor 100, else 1. A formula
 * that multiplies elements with each other (a sum of products per record), names no element, or is
 * still "tbd" cannot be computed from totals and is kept as text with the reason.
 */
public final class FormulaReading {

	private static final Pattern ELEMENT = Pattern.compile("\\((\\d+)\\)");

	private static final Pattern HUNDRED = Pattern.compile("[*xX×]\\s*100(?!\\d)");

	/** What the formula says, or why it cannot be computed. */
	public record Reading(List<String> numerator, List<String> denominator, BigDecimal factor, String notComputable) {
	}

	private FormulaReading() {
	}

	public static Reading read(String indicatorCode, String formula) {
		String text = formula == null ? "" : formula.trim();
		if (text.toLowerCase(Locale.ROOT).startsWith("tbd")) {
			return refused("the formula is still to be defined (tbd)");
		}
		Matcher m = ELEMENT.matcher(text);
		List<int[]> found = new ArrayList<>();
		while (m.find()) {
			found.add(new int[] { m.start(), m.end(), Integer.parseInt(m.group(1)) });
		}
		if (found.isEmpty()) {
			return refused("the formula names no numbered data element");
		}
		int split = text.indexOf('/', found.get(0)[1]);
		List<String> numerator = new ArrayList<>();
		List<String> denominator = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			int[] element = found.get(i);
			String before = i == 0 ? "" : text.substring(found.get(i - 1)[1], element[0]);
			boolean crossesSplit = split >= 0 && i > 0 && found.get(i - 1)[1] <= split && element[0] > split;
			String between = crossesSplit ? before.substring(0, split - found.get(i - 1)[1]) : before;
			if (between.contains("*") || between.matches("(?s).*\\s[xX×]\\s.*")) {
				return refused("the formula multiplies data elements with each other, which totals cannot give");
			}
			String sign = (crossesSplit ? before.substring(split - found.get(i - 1)[1]) : before).matches("(?s).*\\s-\\s.*")
					? "-" : "+";
			String code = indicatorCode + "(" + element[2] + ")";
			boolean inDenominator = split >= 0 && element[0] > split;
			(inDenominator ? denominator : numerator).add(sign + code);
		}
		BigDecimal factor = HUNDRED.matcher(text).find() ? BigDecimal.valueOf(100) : BigDecimal.ONE;
		return new Reading(List.copyOf(numerator), List.copyOf(denominator), factor, null);
	}

	private static Reading refused(String why) {
		return new Reading(List.of(), List.of(), BigDecimal.ONE, why);
	}
}
