package org.thusong.projects;

import java.math.BigDecimal;

/** An amount from one source in one financial year (2025 is 2025/26, July to June). */
public record Funding(FundingSource source, int financialYear, BigDecimal amount) {

	public String yearLabel() {
		return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
	}
}
