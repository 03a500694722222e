package org.thusong.requests.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.thusong.core.InvalidInput;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.ServiceAttribute;

/**
 * Checks the answers to a service's extra questions against their types, naming the field as
 * Open311 clients send it ({@code attribute[CODE]}). Returns the answers trimmed and in order.
 */
public final class AnswerRules {

	private AnswerRules() {
	}

	public static Map<String, List<String>> check(CatalogueService service, Map<String, List<String>> given) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		Set<String> known = service.attributes().stream().map(ServiceAttribute::code).collect(Collectors.toSet());
		for (String code : given.keySet()) {
			if (!known.contains(code)) {
				throw new InvalidInput(field(code), "is not a question of the service '" + service.code() + "'");
			}
		}
		for (ServiceAttribute attribute : service.attributes()) {
			List<String> values = given.getOrDefault(attribute.code(), List.of()).stream()
				.filter(v -> v != null && !v.isBlank())
				.map(String::strip)
				.toList();
			if (values.isEmpty()) {
				if (attribute.required()) {
					throw new InvalidInput(field(attribute.code()), "is required: " + attribute.descriptionEn());
				}
				continue;
			}
			if (!attribute.type().equals(org.thusong.requests.AttributeType.MULTIVALUELIST) && values.size() > 1) {
				throw new InvalidInput(field(attribute.code()), "takes one value");
			}
			for (String value : values) {
				checkValue(attribute, value);
			}
			answers.put(attribute.code(), values);
		}
		return answers;
	}

	private static void checkValue(ServiceAttribute attribute, String value) {
		String field = field(attribute.code());
		switch (attribute.type()) {
			case STRING -> {
				if (value.length() > 200) {
					throw new InvalidInput(field, "must be at most 200 characters");
				}
			}
			case TEXT -> {
				if (value.length() > 4000) {
					throw new InvalidInput(field, "must be at most 4,000 characters");
				}
			}
			case NUMBER -> {
				try {
					new BigDecimal(value);
				}
				catch (NumberFormatException e) {
					throw new InvalidInput(field, "must be a number, not '" + value + "'");
				}
			}
			case DATETIME -> {
				try {
					OffsetDateTime.parse(value);
				}
				catch (DateTimeParseException e) {
					try {
						LocalDate.parse(value);
					}
					catch (DateTimeParseException again) {
						throw new InvalidInput(field, "must be a date (2026-11-22) or a W3C date-time (2026-11-22T08:30:00+02:00)");
					}
				}
			}
			case SINGLEVALUELIST, MULTIVALUELIST -> {
				if (attribute.choices().stream().noneMatch(c -> c.key().equals(value))) {
					throw new InvalidInput(field, "must be one of " + attribute.choices().stream().map(ServiceAttribute.Choice::key)
						.collect(Collectors.joining(", ")) + ", not '" + value + "'");
				}
			}
		}
	}

	private static String field(String code) {
		return "attribute[" + code + "]";
	}
}
