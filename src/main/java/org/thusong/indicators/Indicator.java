package org.thusong.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator: numerator / denominator × factor, each a signed sum of data elements (e.g.
 * {@code +EE1.1(1)}). One Thusong cannot compute from totals says why in {@code notComputable}.
 */
public record Indicator(String code, String name, String category, String tier, String responsibility,
		String measurement, String alignment, String formula, List<String> numerator, List<String> denominator,
		BigDecimal factor, String notComputable, String frequency, String definition, String origin) {

	public boolean computable() {
		return notComputable == null;
	}
}
