package org.thusong.projects;

import java.util.Locale;

import org.thusong.core.InvalidInput;

/** Where a project stands, in the order projects move through. */
public enum Stage {

	IDENTIFIED, PLANNING, DESIGN, PROCUREMENT, CONSTRUCTION, COMPLETED, CLOSED_OUT;

	/** Whether the project's households count as moved above the norm. */
	public boolean done() {
		return this == COMPLETED || this == CLOSED_OUT;
	}

	/** Whether the project can still be chosen by an investment plan (not yet procured). */
	public boolean candidate() {
		return this == IDENTIFIED || this == PLANNING || this == DESIGN;
	}

	public String messageKey() {
		return "projects.stage." + name().toLowerCase(Locale.ROOT);
	}

	public static Stage parse(String field, String text) {
		try {
			return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "must be one of identified, planning, design, procurement, construction, completed, closed_out; not '"
					+ text + "'");
		}
	}
}
