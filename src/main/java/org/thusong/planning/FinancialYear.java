package org.thusong.planning;

import java.time.LocalDate;

import org.thusong.core.InvalidInput;

/**
 * A financial year by the calendar year it starts in and its first month: July for a South
 * African municipality (2026 is July 2026 to June 2027), January for a Turkish one.
 */
public record FinancialYear(int startYear, int startMonth) {

	public FinancialYear {
		if (startYear < 2000 || startYear > 2100) {
			throw new InvalidInput("financialYear", "must be a year between 2000 and 2100");
		}
		if (startMonth < 1 || startMonth > 12) {
			throw new InvalidInput("financialYear", "start month must be 1 to 12");
		}
	}

	/** July for a South African code path, January otherwise (Türkiye's fiscal year is the calendar year). */
	public static FinancialYear of(int startYear, String areaPath) {
		return new FinancialYear(startYear, startMonthFor(areaPath));
	}

	public static int startMonthFor(String areaPath) {
		return areaPath != null && areaPath.startsWith("ZA") ? 7 : 1;
	}

	public LocalDate firstDay() {
		return LocalDate.of(startYear, startMonth, 1);
	}

	public LocalDate quarterStart(int quarter) {
		check(quarter);
		return firstDay().plusMonths(3L * (quarter - 1));
	}

	public LocalDate quarterEnd(int quarter) {
		return quarterStart(quarter).plusMonths(3).minusDays(1);
	}

	/** How many quarters have ended on the given day (0 to 4). */
	public int quartersEndedBy(LocalDate day) {
		int ended = 0;
		for (int q = 1; q <= 4; q++) {
			if (quarterEnd(q).isBefore(day)) {
				ended = q;
			}
		}
		return ended;
	}

	/** "2026/27" for a year starting in July, "2026" for a calendar year. */
	public String label() {
		return startMonth == 1 ? Integer.toString(startYear) : startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}

	public static void check(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new InvalidInput("quarter", "must be 1, 2, 3 or 4");
		}
	}
}
