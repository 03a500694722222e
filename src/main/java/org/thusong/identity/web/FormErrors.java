package org.thusong.identity.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's errors as messages by field name, in the reader's language, for the templates: the
 * Bean Validation errors of the binding, then what the domain refused.
 */
final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final MessageSource messages;

	private final Locale locale;

	FormErrors(BindingResult result, MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
	}

	void add(String field, String code, Object... args) {
		byField.putIfAbsent(field, messages.getMessage(code, args, code, locale));
	}

	boolean any() {
		return !byField.isEmpty();
	}

	Map<String, String> asMap() {
		return byField;
	}
}
