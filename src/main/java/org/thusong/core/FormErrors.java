package org.thusong.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's errors as messages by field name, in the reader's language, for the templates: the
 * Bean Validation errors of the binding, then what the domain refused. Every module's pages
 * use it, so a field's message looks the same everywhere.
 */
public final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final MessageSource messages;

	private final Locale locale;

	public FormErrors(BindingResult result, MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
	}

	public void add(String field, String code, Object... args) {
		byField.putIfAbsent(field, messages.getMessage(code, args, code, locale));
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public Map<String, String> asMap() {
		return byField;
	}
}
