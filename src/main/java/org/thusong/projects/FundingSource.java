package org.thusong.projects;

import java.util.Locale;

import org.thusong.core.InvalidInput;

/**
 * Where a project's money comes from: the Municipal Infrastructure Grant, the Water Services
 * Infrastructure Grant, the Regional Bulk Infrastructure Grant, the Integrated National
 * Electrification Programme, the equitable share, own revenue, a donor, or other.
 */
public enum FundingSource {

	MIG, WSIG, RBIG, INEP, EQUITABLE_SHARE, OWN_REVENUE, DONOR, OTHER;

	public String messageKey() {
		return "projects.funding." + name().toLowerCase(Locale.ROOT);
	}

	public static FundingSource parse(String field, String text) {
		try {
			return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "must be one of MIG, WSIG, RBIG, INEP, EQUITABLE_SHARE, OWN_REVENUE, DONOR, OTHER; not '" + text + "'");
		}
	}
}
