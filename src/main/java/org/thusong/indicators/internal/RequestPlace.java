package org.thusong.indicators.internal;

/**
 * Where the requests module's counts are kept as values: the ward, or for requests whose ward is
 * unknown ("-") a part of the municipality beside its wards ({@code EC121/-}), not the
 * municipality's own value, which would stand for all its wards in a roll-up.
 */
record RequestPlace(String areaCode, String areaPath) {

	static RequestPlace of(String organisationCode, String areaPath, String wardCode) {
		return "-".equals(wardCode) ? new RequestPlace(organisationCode + "/-", areaPath + "/-")
				: new RequestPlace(wardCode, areaPath);
	}
}
