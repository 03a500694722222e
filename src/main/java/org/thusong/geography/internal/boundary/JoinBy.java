package org.thusong.geography.internal.boundary;

import java.util.Locale;

import org.thusong.core.InvalidInput;

/** How a boundary file's features find their areas: by the area code, or by the area name. */
public enum JoinBy {

	CODE, NAME;

	public static JoinBy parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("join", "is required: code or name");
		}
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("join", "must be code or name, not '" + text + "'");
		}
	}
}
