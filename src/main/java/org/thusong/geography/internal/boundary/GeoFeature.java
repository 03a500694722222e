package org.thusong.geography.internal.boundary;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature read from a GeoJSON or TopoJSON file: its position in the file (from 1), its
 * properties as text, and its polygonal geometry in WGS84 (longitude, latitude), or
 * {@code null} when the feature has none.
 */
public record GeoFeature(int index, Map<String, String> properties, Geometry geometry) {

	public String property(String name) {
		String value = properties.get(name);
		return value == null || value.isBlank() ? null : value.trim();
	}
}
