package org.thusong.organisations;

/**
 * What other modules need to know of an organisation: its code (a municipality's is its area
 * code, e.g. {@code EC121}), name, kind, and the code path of its jurisdiction area, which is the
 * scope of its users. {@code demo} marks invented demo bodies.
 */
public record OrganisationSummary(String code, String name, OrganisationKind kind, String jurisdictionAreaCode,
		String jurisdictionPath, boolean demo) {

	public OrganisationSummary(String code, String name, OrganisationKind kind, String jurisdictionAreaCode,
			String jurisdictionPath) {
		this(code, name, kind, jurisdictionAreaCode, jurisdictionPath, false);
	}
}
