package org.thusong.backlogs;

import java.util.Locale;

import org.thusong.core.InvalidInput;

/** The basic services whose backlogs are watched against the RDP minimum norms. */
public enum BasicService {

	WATER, SANITATION, REFUSE, ELECTRICITY, ROADS;

	/** The lower-case code used in files, URLs and the API ({@code sanitation}). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "backlogs.service." + code();
	}

	/** The key of the sentence that says which norm rule classes this service's answers. */
	public String ruleKey() {
		return "backlogs.rule." + code();
	}

	/** Parses a code; unknown text is an {@link InvalidInput} naming the field. */
	public static BasicService parse(String field, String text) {
		BasicService service = find(text);
		if (service == null) {
			throw new InvalidInput(field, "must be one of water, sanitation, refuse, electricity, roads; not '" + text + "'");
		}
		return service;
	}

	/** The service with this code, or null. */
	public static BasicService find(String text) {
		if (text == null) {
			return null;
		}
		for (BasicService service : values()) {
			if (service.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
				return service;
			}
		}
		return null;
	}
}
