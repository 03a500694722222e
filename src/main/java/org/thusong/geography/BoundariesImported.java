package org.thusong.geography;

/**
 * Boundaries of one level of a demarcation were loaded or replaced: point lookups and maps
 * built on them should be refreshed.
 *
 * @param demarcation e.g. {@code ZA-2011}
 * @param level the level whose boundaries changed
 * @param areas how many areas now have a new boundary
 */
public record BoundariesImported(String demarcation, AreaLevel level, int areas) {
}
