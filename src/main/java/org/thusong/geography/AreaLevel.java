package org.thusong.geography;

import java.util.Locale;

/**
 * The levels of the two hierarchies Thusong ships. South Africa: country → province → district
 * municipality (category C) → municipality (metro A or local B; a metro's parent is its
 * province) → ward. Türkiye: country → il → ilçe → mahalle (every settlement under an ilçe:
 * mahalle, köy, mevkii, mezra; see {@code kind}).
 */
public enum AreaLevel {

	COUNTRY, PROVINCE, DISTRICT, MUNICIPALITY, WARD, IL, ILCE, MAHALLE;

	/** Whether a municipality (a body with a council) governs an area of this level. */
	public boolean isMunicipal() {
		return this == DISTRICT || this == MUNICIPALITY || this == ILCE;
	}

	public String messageKey() {
		return "geography.level." + name().toLowerCase(Locale.ROOT);
	}

	/** Parses the lower-case name used in files and the API ({@code ward}, {@code ilce}). */
	public static AreaLevel parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new org.thusong.core.InvalidInput("level", "must be one of country, province, district, municipality, ward, il, ilce, mahalle; not '" + text + "'");
		}
	}
}
