package org.thusong.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.web.util.UriComponentsBuilder;
import org.thusong.audit.internal.AuditFilter;
import org.thusong.core.PageRequestOf;

/**
 * The audit filters exactly as they arrive in the query string. They stay text until
 * {@link #filter(ZoneId)} reads them, so that a mistyped date is answered with a message naming
 * the field (and the page can show the form again with what was typed) rather than a conversion
 * error.
 *
 * @param from first day, inclusive, as {@code yyyy-MM-dd}
 * @param to last day, inclusive, as {@code yyyy-MM-dd}
 * @param q free text
 */
record AuditQuery(String actor, String entityType, String entityId, String action, String from, String to, String q,
		String page, String size) {

	static final int DEFAULT_SIZE = 50;

	/** Reads the filter; days start and end at midnight in the reader's zone. */
	AuditFilter filter(ZoneId zone) {
		LocalDate fromDay = day("from", from);
		LocalDate toDay = day("to", to);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			throw new BadAuditQuery("to", "must not be before 'from'", "audit.error.order");
		}
		return new AuditFilter(actor, entityType, entityId, action,
				fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
				toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), q);
	}

	PageRequestOf pageRequest() {
		Integer pageNumber = number("page", page);
		Integer pageSize = number("size", size);
		return PageRequestOf.of(pageNumber, pageSize, DEFAULT_SIZE);
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.trim());
		}
	}

	private static LocalDate day(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeException e) {
			throw new BadAuditQuery(field, "'" + text.trim() + "' is not a date; use yyyy-MM-dd, e.g. 2025-07-01",
					"audit.error.date." + field);
		}
	}

	private static Integer number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			throw new BadAuditQuery(field, "'" + text.trim() + "' is not a whole number", "audit.error.number." + field);
		}
	}
}
