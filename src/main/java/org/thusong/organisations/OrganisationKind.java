package org.thusong.organisations;

/** What sort of body an organisation is; decides its label and who may create it. */
public enum OrganisationKind {

	MUNICIPALITY, PROVINCIAL_DEPARTMENT, NATIONAL_DEPARTMENT, AGENCY, NGO, MUHTARLIK;

	public String messageKey() {
		return "organisation.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
