package org.thusong.geography;

/**
 * An area as other modules see it. {@code codePath} is what a {@link org.thusong.core.Scope}
 * matches: e.g. {@code ZA/EC/DC12/EC121} for Mbhashe.
 */
public record AreaSummary(String demarcation, String code, String name, AreaLevel level, String kind,
		String parentCode, String codePath, String category, Long population) {

	/** The ISO country code the area lies in: the first element of its code path. */
	public String country() {
		int slash = codePath.indexOf('/');
		return slash < 0 ? codePath : codePath.substring(0, slash);
	}
}
