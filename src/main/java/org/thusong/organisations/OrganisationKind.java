package org.thusong.organisations;

/** What sort of body an organisation is; decides its label and who may create it. */
public enum OrganisationKind {

	MUNICIPALITY, PROVINCIAL_DEPARTMENT, NATIONAL_DEPARTMENT, AGENCY, NGO, MUHTARLIK;

	public String messageKey() {
		return "organisations.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Parses the name used in the API and filters; {@code null} or blank means none. */
	public static OrganisationKind parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new org.thusong.core.InvalidInput("kind", "must be one of " + java.util.Arrays.toString(values()) + ", not '" + text + "'");
		}
	}
}
