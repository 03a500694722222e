package org.thusong.indicators;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thusong.core.InvalidInput;

/**
 * A period in DHIS2's ISO form: {@code 2025} (calendar year), {@code 202511} (month),
 * {@code 2025Q1} (calendar quarter), and financial years named by the month they start in and
 * their first year: {@code 2025July} (South Africa: 1 July 2025 to 30 June 2026),
 * {@code 2025April}, {@code 2025October}. Start and end are inclusive dates.
 */
public record Period(String iso, Type type, LocalDate start, LocalDate end) {

	public enum Type {
		MONTHLY, QUARTERLY, YEARLY, FINANCIAL_APRIL, FINANCIAL_JULY, FINANCIAL_OCTOBER
	}

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

	private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})(April|July|October)");

	/** The period named, or a refusal naming the field and the forms it takes. */
	public static Period parse(String iso, String field) {
		String text = iso == null ? "" : iso.trim();
		Matcher m;
		if ((m = YEAR.matcher(text)).matches()) {
			int year = Integer.parseInt(m.group(1));
			return new Period(text, Type.YEARLY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		if ((m = MONTH.matcher(text)).matches()) {
			int month = Integer.parseInt(m.group(2));
			if (month < 1 || month > 12) {
				throw refused(text, field);
			}
			YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
			return new Period(text, Type.MONTHLY, ym.atDay(1), ym.atEndOfMonth());
		}
		if ((m = QUARTER.matcher(text)).matches()) {
			int quarter = Integer.parseInt(m.group(2));
			YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), 3 * quarter - 2);
			return new Period(text, Type.QUARTERLY, first.atDay(1), first.plusMonths(2).atEndOfMonth());
		}
		if ((m = FINANCIAL.matcher(text)).matches()) {
			Month startMonth = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), startMonth);
			Type type = Type.valueOf("FINANCIAL_" + m.group(2).toUpperCase(Locale.ROOT));
			return new Period(text, type, first.atDay(1), first.plusMonths(11).atEndOfMonth());
		}
		throw refused(text, field);
	}

	/** The month containing the day, e.g. {@code 202511}. */
	public static Period month(LocalDate day) {
		YearMonth ym = YearMonth.from(day);
		return parse(String.format("%04d%02d", ym.getYear(), ym.getMonthValue()), "period");
	}

	/** Whether this period lies wholly inside the other (a month inside its quarter or year). */
	public boolean within(Period other) {
		return !start.isBefore(other.start) && !end.isAfter(other.end);
	}

	private static InvalidInput refused(String text, String field) {
		return new InvalidInput(field, "'" + text + "' is not a period: use 2025 (year), 202511 (month), 2025Q1 (quarter)"
				+ " or 2025July, 2025April, 2025October (financial year starting that month)");
	}
}
