package org.thusong.requests.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.requests.IllegalTransition;

/**
 * What the requests pages say about a refusal, a time and a deadline, in the reader's language.
 * A refused field's message comes from the bundle ({@code requests.error.<field>}), so it reads the
 * same in English and Turkish; a field the bundle does not know keeps the domain's own words.
 */
final class PageText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private PageText() {
	}

	/** The form field a domain refusal belongs to: a point's coordinates belong to the location. */
	static String field(InvalidInput e) {
		String field = e.field();
		if (field.equals("lat") || field.equals("long") || field.equals("lon")) {
			return "location";
		}
		return field;
	}

	static Map<String, String> errors(InvalidInput e, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(field(e), message(e, messages, locale));
		return errors;
	}

	static String message(InvalidInput e, MessageSource messages, Locale locale) {
		String field = field(e);
		String key = "requests.error." + (field.startsWith("attribute[") ? "attribute" : field);
		return messages.getMessage(key, null, e.getMessage(), locale);
	}

	/**
	 * A refused step in the reader's language: a lifecycle step the request's state does not
	 * allow, or a change someone else made first; any other conflict keeps the domain's words.
	 */
	static String message(Conflict e, MessageSource messages, Locale locale) {
		if (e instanceof IllegalTransition step) {
			return messages.getMessage("requests.error.transition", new Object[] { step.reference(),
					messages.getMessage(step.from().messageKey(), null, locale),
					messages.getMessage(step.to().messageKey(), null, locale) }, locale);
		}
		if ("version".equals(e.field())) {
			return messages.getMessage("requests.error.version", null, e.getMessage(), locale);
		}
		return e.getMessage();
	}

	static String time(Instant instant, ZoneId zone) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

	/** "3 days left", "Overdue by 5 hours": the time to a deadline in words. */
	static String due(Instant dueAt, Instant now, MessageSource messages, Locale locale) {
		Duration left = Duration.between(now, dueAt);
		boolean overdue = left.isNegative();
		Duration amount = left.abs();
		String unit = amount.toDays() >= 2 ? "Days" : "Hours";
		long count = unit.equals("Days") ? amount.toDays() : Math.max(1, amount.toHours());
		return messages.getMessage("requests.due." + (overdue ? "overdue" : "left") + unit, new Object[] { count }, locale);
	}

	/** How long ago, in whole days or hours: a request's age. */
	static String age(Instant since, Instant now, MessageSource messages, Locale locale) {
		Duration age = Duration.between(since, now);
		return age.toDays() >= 1 ? messages.getMessage("requests.age.days", new Object[] { age.toDays() }, locale)
				: messages.getMessage("requests.age.hours", new Object[] { age.toHours() }, locale);
	}
}
