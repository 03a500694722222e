package org.thusong.geography.internal.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Reads polygonal features from GeoJSON (RFC 7946): a FeatureCollection, a single Feature or a
 * bare geometry. Polygon, MultiPolygon and GeometryCollection geometries keep their polygons;
 * lines and points carry no area and are left out.
 */
public final class GeoJsonReader {

	private GeoJsonReader() {
	}

	public static List<GeoFeature> read(JsonNode root) {
		String type = root.path("type").asString("");
		List<GeoFeature> features = new ArrayList<>();
		switch (type) {
			case "FeatureCollection" -> {
				for (JsonNode feature : JsonGeo.array(root.get("features"), "features")) {
					features.add(feature(features.size() + 1, feature));
				}
			}
			case "Feature" -> features.add(feature(1, root));
			case "" -> throw new MalformedGeoFile("a GeoJSON file must have a \"type\" (FeatureCollection, Feature or a geometry)");
			default -> features.add(new GeoFeature(1, Map.of(), geometry(root, "the geometry")));
		}
		return features;
	}

	private static GeoFeature feature(int index, JsonNode node) {
		String where = "feature " + index;
		Map<String, String> properties = JsonGeo.properties(node.get("properties"));
		if (node.hasNonNull("id") && !properties.containsKey("id")) {
			properties.put("id", node.get("id").asString());
		}
		JsonNode geometry = node.get("geometry");
		return new GeoFeature(index, properties, geometry == null || geometry.isNull() ? null : geometry(geometry, where));
	}

	static Geometry geometry(JsonNode node, String where) {
		List<Polygon> polygons = new ArrayList<>();
		collect(node, polygons, where);
		return Geometries.polygonal(polygons);
	}

	private static void collect(JsonNode node, List<Polygon> polygons, String where) {
		String type = node.path("type").asString("");
		switch (type) {
			case "Polygon" -> polygons.add(polygon(JsonGeo.array(node.get("coordinates"), where + " coordinates"), where));
			case "MultiPolygon" -> {
				for (JsonNode polygon : JsonGeo.array(node.get("coordinates"), where + " coordinates")) {
					polygons.add(polygon(JsonGeo.array(polygon, where), where));
				}
			}
			case "GeometryCollection" -> {
				for (JsonNode member : JsonGeo.array(node.get("geometries"), where + " geometries")) {
					collect(member, polygons, where);
				}
			}
			case "Point", "MultiPoint", "LineString", "MultiLineString" -> {
				// no area
			}
			default -> throw new MalformedGeoFile(where + ": unknown geometry type '" + type + "'");
		}
	}

	private static Polygon polygon(JsonNode rings, String where) {
		List<LinearRing> linearRings = new ArrayList<>();
		for (JsonNode ring : rings) {
			JsonGeo.array(ring, where);
			List<Coordinate> coordinates = new ArrayList<>(ring.size());
			for (JsonNode position : ring) {
				JsonGeo.array(position, where);
				double lon = JsonGeo.number(position.get(0), where + " longitude");
				double lat = JsonGeo.number(position.get(1), where + " latitude");
				if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
					throw new MalformedGeoFile(where + ": position [" + lon + ", " + lat
							+ "] is not a WGS84 longitude, latitude (is the file in another projection?)");
				}
				coordinates.add(new Coordinate(lon, lat));
			}
			linearRings.add(Geometries.ring(coordinates));
		}
		return Geometries.polygon(linearRings);
	}
}
