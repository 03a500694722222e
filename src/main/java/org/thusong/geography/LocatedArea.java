package org.thusong.geography;

/**
 * An area whose boundary holds a point. {@code approximate} means no boundary of this level held
 * the point exactly (simplified shapes leave slivers between neighbours) and this is the
 * nearest, {@code distanceMetres} away.
 */
public record LocatedArea(String demarcation, String code, String name, AreaLevel level, String codePath,
		boolean approximate, double distanceMetres) {
}
