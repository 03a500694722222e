package org.thusong.requests;

import java.util.List;
import java.util.Locale;

/** An extra question a service asks, in both languages; list types carry their choices. */
public record ServiceAttribute(String code, AttributeType type, boolean required, int position, String descriptionEn,
		String descriptionTr, List<Choice> choices) {

	/** One answer a list question allows. */
	public record Choice(String key, String en, String tr) {

		public String name(Locale locale) {
			return "tr".equals(locale.getLanguage()) ? tr : en;
		}
	}

	public ServiceAttribute {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	public String description(Locale locale) {
		return "tr".equals(locale.getLanguage()) ? descriptionTr : descriptionEn;
	}
}
