package org.thusong.geography.internal;

import java.util.List;

/**
 * An area with its way down from the country ({@code ancestors}; those above the reader's scope
 * are shown as text only), how many children it has (and how many of them have a boundary), and
 * the other demarcations that have an area with the same code.
 */
public record AreaDetail(AreaView area, List<Ancestor> ancestors, long children, long childrenWithBoundary,
		List<String> alsoIn) {

	/** An ancestor, and whether the reader may open it. */
	public record Ancestor(String code, String name, String level, boolean inScope) {
	}

	public boolean hasMap() {
		return area.hasBoundary() || childrenWithBoundary > 0;
	}
}
