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
 * Decodes a TopoJSON topology (github.com/topojson/topojson-specification) into polygonal
 * features. Arcs are shared borders: with a {@code transform} their positions are quantized
 * integers, delta-encoded along each arc (each position is the difference from the previous
 * one), and mapped back by {@code scale} and {@code translate}. A geometry lists arcs by index;
 * a negative index {@code ~i} (that is {@code -i-1}) means arc {@code i} walked backwards.
 * Consecutive arcs of a ring share their end and start positions, so the duplicate is dropped.
 * Every object of the topology is read; a {@code GeometryCollection} object yields one feature
 * per member. Lines and points carry no area and are left out of a feature's geometry.
 */
public final class TopoJsonReader {

	private final List<Coordinate[]> arcs = new ArrayList<>();

	private TopoJsonReader() {
	}

	public static List<GeoFeature> read(JsonNode topology) {
		if (!"Topology".equals(topology.path("type").asString(""))) {
			throw new MalformedGeoFile("a TopoJSON file must have \"type\": \"Topology\"");
		}
		TopoJsonReader reader = new TopoJsonReader();
		reader.decodeArcs(JsonGeo.array(topology.get("arcs"), "arcs"), topology.get("transform"));
		JsonNode objects = topology.get("objects");
		if (objects == null || !objects.isObject()) {
			throw new MalformedGeoFile("a TopoJSON file must have an \"objects\" member");
		}
		List<GeoFeature> features = new ArrayList<>();
		for (Map.Entry<String, JsonNode> object : objects.properties()) {
			JsonNode node = object.getValue();
			if ("GeometryCollection".equals(node.path("type").asString(""))) {
				JsonNode members = JsonGeo.array(node.get("geometries"), "objects." + object.getKey() + ".geometries");
				for (JsonNode member : members) {
					features.add(reader.feature(features.size() + 1, member));
				}
			}
			else {
				features.add(reader.feature(features.size() + 1, node));
			}
		}
		return features;
	}

	private void decodeArcs(JsonNode arcsNode, JsonNode transform) {
		double sx = 1, sy = 1, tx = 0, ty = 0;
		boolean quantized = transform != null && !transform.isNull();
		if (quantized) {
			JsonNode scale = JsonGeo.array(transform.get("scale"), "transform.scale");
			JsonNode translate = JsonGeo.array(transform.get("translate"), "transform.translate");
			sx = JsonGeo.number(scale.get(0), "transform.scale[0]");
			sy = JsonGeo.number(scale.get(1), "transform.scale[1]");
			tx = JsonGeo.number(translate.get(0), "transform.translate[0]");
			ty = JsonGeo.number(translate.get(1), "transform.translate[1]");
		}
		int a = 0;
		for (JsonNode arc : arcsNode) {
			JsonGeo.array(arc, "arcs[" + a + "]");
			Coordinate[] coordinates = new Coordinate[arc.size()];
			double x = 0, y = 0;
			for (int i = 0; i < arc.size(); i++) {
				JsonNode position = arc.get(i);
				String where = "arcs[" + a + "][" + i + "]";
				JsonGeo.array(position, where);
				double px = JsonGeo.number(position.get(0), where);
				double py = JsonGeo.number(position.get(1), where);
				if (quantized) {
					x += px;
					y += py;
					coordinates[i] = new Coordinate(x * sx + tx, y * sy + ty);
				}
				else {
					coordinates[i] = new Coordinate(px, py);
				}
			}
			arcs.add(coordinates);
			a++;
		}
	}

	private GeoFeature feature(int index, JsonNode node) {
		Map<String, String> properties = JsonGeo.properties(node.get("properties"));
		if (node.hasNonNull("id") && !properties.containsKey("id")) {
			properties.put("id", node.get("id").asString());
		}
		List<Polygon> polygons = new ArrayList<>();
		collect(node, polygons, "feature " + index);
		Geometry geometry = Geometries.polygonal(polygons);
		return new GeoFeature(index, properties, geometry);
	}

	private void collect(JsonNode node, List<Polygon> polygons, String where) {
		String type = node.path("type").asString("");
		switch (type) {
			case "Polygon" -> polygons.add(polygon(JsonGeo.array(node.get("arcs"), where + " arcs"), where));
			case "MultiPolygon" -> {
				for (JsonNode polygon : JsonGeo.array(node.get("arcs"), where + " arcs")) {
					polygons.add(polygon(polygon, where));
				}
			}
			case "GeometryCollection" -> {
				for (JsonNode member : JsonGeo.array(node.get("geometries"), where + " geometries")) {
					collect(member, polygons, where);
				}
			}
			case "", "null", "Point", "MultiPoint", "LineString", "MultiLineString" -> {
				// no area: nothing to draw or locate
			}
			default -> throw new MalformedGeoFile(where + ": unknown geometry type '" + type + "'");
		}
	}

	private Polygon polygon(JsonNode rings, String where) {
		List<LinearRing> linearRings = new ArrayList<>();
		for (JsonNode ring : JsonGeo.array(rings, where)) {
			linearRings.add(Geometries.ring(ring(JsonGeo.array(ring, where), where)));
		}
		return Geometries.polygon(linearRings);
	}

	/** Stitches a ring's arcs together, reversing those given as {@code ~i}. */
	List<Coordinate> ring(JsonNode arcIndexes, String where) {
		List<Coordinate> ring = new ArrayList<>();
		for (JsonNode indexNode : arcIndexes) {
			if (!indexNode.isIntegralNumber()) {
				throw new MalformedGeoFile(where + ": an arc index must be a whole number, not " + indexNode);
			}
			int index = indexNode.intValue();
			boolean reversed = index < 0;
			int arcIndex = reversed ? ~index : index;
			if (arcIndex >= arcs.size()) {
				throw new MalformedGeoFile(where + ": arc " + index + " does not exist (the topology has " + arcs.size() + ")");
			}
			Coordinate[] arc = arcs.get(arcIndex);
			for (int i = 0; i < arc.length; i++) {
				Coordinate c = arc[reversed ? arc.length - 1 - i : i];
				if (i == 0 && !ring.isEmpty()) {
					continue;
				}
				ring.add(c);
			}
		}
		return ring;
	}
}
