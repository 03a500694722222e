package org.thusong.geography;

import java.util.List;

/**
 * What lies at a point: for each demarcation with boundaries there, at most one area per level,
 * deepest first. Empty when the point lies in no loaded boundary (at sea, abroad).
 */
public record Location(double latitude, double longitude, List<LocatedArea> areas) {

	public Location {
		areas = List.copyOf(areas);
	}

	public boolean found() {
		return !areas.isEmpty();
	}

	/** The areas found in one demarcation, deepest first. */
	public List<LocatedArea> in(String demarcation) {
		return areas.stream().filter(a -> a.demarcation().equals(demarcation)).toList();
	}
}
