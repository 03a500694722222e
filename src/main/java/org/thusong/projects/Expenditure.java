package org.thusong.projects;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What a project spent in one month, with the reason where it took spending above the budget. */
public record Expenditure(YearMonth month, BigDecimal amount, String reason) {
}
