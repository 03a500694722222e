package org.thusong.geography.internal;

import java.util.List;

/** A demarcation with how many areas and boundaries it holds, and the levels that have boundaries. */
public record DemarcationView(String code, String country, String name, Integer year, boolean current, String source,
		String licence, long areas, long boundaries, List<String> boundaryLevels) {
}
