package org.thusong.organisations;

import java.util.Locale;
import java.util.regex.Pattern;

import org.thusong.core.InvalidInput;

/**
 * A unit inside an organisation that work is routed to, e.g. Technical Services or Fen İşleri
 * Müdürlüğü. Known by a short code, unique inside its organisation and upper-case.
 */
public record Department(String code, String name) {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

	public Department {
		code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		name = name == null ? "" : name.trim();
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInput("departmentCode", "letters, digits, '-' or '_', at most 40, not '" + code + "'");
		}
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInput("departmentName", "is required, at most 200 characters");
		}
	}
}
