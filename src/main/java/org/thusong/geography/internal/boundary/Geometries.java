package org.thusong.geography.internal.boundary;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Shared geometry helpers: one factory (WGS84, floating precision), repair of invalid polygons,
 * WKB in and out, GeoJSON out, and areas and distances on the earth accurate enough for
 * municipal work.
 */
public final class Geometries {

	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_M / 180 / 1000;

	private Geometries() {
	}

	/** A ring from coordinates, closed if needed; {@code null} if it has fewer than 3 distinct points. */
	static LinearRing ring(List<Coordinate> coordinates) {
		List<Coordinate> points = new ArrayList<>(coordinates);
		if (points.isEmpty()) {
			return null;
		}
		if (!points.get(0).equals2D(points.get(points.size() - 1))) {
			points.add(new Coordinate(points.get(0)));
		}
		if (points.size() < 4) {
			return null;
		}
		return FACTORY.createLinearRing(points.toArray(Coordinate[]::new));
	}

	/** A polygon from rings (the first is the shell); {@code null} if the shell is degenerate. */
	static Polygon polygon(List<LinearRing> rings) {
		if (rings.isEmpty() || rings.get(0) == null) {
			return null;
		}
		LinearRing[] holes = rings.subList(1, rings.size()).stream().filter(r -> r != null).toArray(LinearRing[]::new);
		return FACTORY.createPolygon(rings.get(0), holes);
	}

	/** Polygons as one Polygon or MultiPolygon; {@code null} if there are none. */
	static Geometry polygonal(List<Polygon> polygons) {
		List<Polygon> parts = polygons.stream().filter(p -> p != null && !p.isEmpty()).toList();
		if (parts.isEmpty()) {
			return null;
		}
		return parts.size() == 1 ? parts.get(0) : FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
	}

	/**
	 * The polygonal part of a geometry, made valid: simplified boundary files often carry
	 * self-touching or bow-tie rings, which {@code buffer(0)} repairs. Where buffer(0) would
	 * drop a noticeable part of the shape (it keeps only one lobe of a bow-tie), JTS's
	 * GeometryFixer's result is used instead. Returns {@code null} for an empty result.
	 */
	public static Geometry polygonalAndValid(Geometry geometry) {
		if (geometry == null || geometry.isEmpty()) {
			return null;
		}
		@SuppressWarnings("unchecked")
		List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
		Geometry polygonal = polygonal(polygons);
		if (polygonal == null) {
			return null;
		}
		if (polygonal.isValid()) {
			return normalise(polygonal);
		}
		Geometry buffered = polygonal.buffer(0);
		Geometry fixer = GeometryFixer.fix(polygonal);
		Geometry fixed = buffered.getArea() >= 0.99 * fixer.getArea() ? buffered : fixer;
		@SuppressWarnings("unchecked")
		List<Polygon> repaired = PolygonExtracter.getPolygons(fixed);
		Geometry result = polygonal(repaired);
		return result == null ? null : normalise(result);
	}

	private static Geometry normalise(Geometry geometry) {
		geometry.setSRID(4326);
		return geometry;
	}

	public static byte[] toWkb(Geometry geometry) {
		return new WKBWriter(2).write(geometry);
	}

	public static Geometry fromWkb(byte[] wkb) {
		try {
			Geometry geometry = new WKBReader(FACTORY).read(wkb);
			geometry.setSRID(4326);
			return geometry;
		}
		catch (ParseException e) {
			throw new IllegalStateException("a stored boundary is not valid WKB", e);
		}
	}

	/** The area in km², on a sphere, by the cosine of each part's mean latitude. */
	public static double squareKm(Geometry geometry) {
		double total = 0;
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Geometry part = geometry.getGeometryN(i);
			double lat = part.getEnvelopeInternal().centre().y;
			total += part.getArea() * KM_PER_DEGREE * KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
		}
		return total;
	}

	/** The great-circle distance in metres between two points given as (lon, lat). */
	public static double metres(Coordinate a, Coordinate b) {
		double lat1 = Math.toRadians(a.y);
		double lat2 = Math.toRadians(b.y);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(b.x - a.x);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/** An envelope around a point wide enough to hold every place within this many metres. */
	public static Envelope around(double lat, double lon, double metres) {
		double dLat = metres / 1000 / KM_PER_DEGREE;
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat)))));
		return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
	}

	/**
	 * The geometry as a GeoJSON geometry object, coordinates rounded to 5 decimals (about a
	 * metre), which keeps a map's download small.
	 */
	public static void appendGeoJson(StringBuilder out, Geometry geometry) {
		if (geometry instanceof Polygon polygon) {
			out.append("{\"type\":\"Polygon\",\"coordinates\":");
			appendPolygon(out, polygon);
			out.append('}');
		}
		else if (geometry instanceof MultiPolygon multi) {
			out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				if (i > 0) {
					out.append(',');
				}
				appendPolygon(out, (Polygon) multi.getGeometryN(i));
			}
			out.append("]}");
		}
		else {
			out.append("null");
		}
	}

	private static void appendPolygon(StringBuilder out, Polygon polygon) {
		out.append('[');
		appendRing(out, polygon.getExteriorRing().getCoordinates());
		for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
			out.append(',');
			appendRing(out, polygon.getInteriorRingN(h).getCoordinates());
		}
		out.append(']');
	}

	private static void appendRing(StringBuilder out, Coordinate[] coordinates) {
		out.append('[');
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('[').append(round(coordinates[i].x)).append(',').append(round(coordinates[i].y)).append(']');
		}
		out.append(']');
	}

	private static String round(double value) {
		return java.math.BigDecimal.valueOf(Math.round(value * 1e5), 5).stripTrailingZeros().toPlainString();
	}
}
