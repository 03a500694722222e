package org.thusong.planning;

import java.util.Locale;

import org.thusong.core.InvalidInput;

/** Whether a higher or a lower value is the better performance (ignored for milestones). */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	public static Direction parse(String field, String text) {
		String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return switch (t) {
			case "HIGHER_IS_BETTER", "HIGHER", "UP", "YÜKSEK", "ARTAN" -> HIGHER_IS_BETTER;
			case "LOWER_IS_BETTER", "LOWER", "DOWN", "DÜŞÜK", "AZALAN" -> LOWER_IS_BETTER;
			default -> throw new InvalidInput(field, "must be higher or lower; not '" + (text == null ? "" : text.trim()) + "'");
		};
	}

	public String messageKey() {
		return "planning.direction." + name().toLowerCase(Locale.ROOT);
	}
}
