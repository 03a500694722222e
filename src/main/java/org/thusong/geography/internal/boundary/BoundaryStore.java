package org.thusong.geography.internal.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.thusong.geography.AreaLevel;

/**
 * Reads and writes boundaries on a plain JDBC connection, so that Flyway migrations (first
 * start) and the admin import share it; the caller owns the transaction.
 */
public final class BoundaryStore {

	private static final int BATCH = 250;

	private BoundaryStore() {
	}

	/** The country of a demarcation, or {@code null} if there is no such demarcation. */
	public static String countryOf(Connection connection, String demarcation) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT country FROM geography_demarcation WHERE code = ?")) {
			select.setString(1, demarcation);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	/** The areas of a level in a demarcation, with their parents' names, for joining. */
	public static List<JoinArea> areas(Connection connection, String demarcation, AreaLevel level) throws SQLException {
		List<JoinArea> areas = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT a.code, a.name, p.name AS parent_name
				  FROM geography_area a
				  LEFT JOIN geography_area p ON p.demarcation = a.demarcation AND p.code = a.parent_code
				 WHERE a.demarcation = ? AND a.level = ?""")) {
			select.setString(1, demarcation);
			select.setString(2, level.name());
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					areas.add(new JoinArea(rs.getString(1), rs.getString(2), rs.getString(3)));
				}
			}
		}
		return areas;
	}

	/** Writes (or replaces) the boundaries; tells {@code progress} how many are written. */
	public static int write(Connection connection, String demarcation, List<BoundaryJoin.Joined> boundaries, String source,
			IntConsumer progress) throws SQLException {
		int written = 0;
		try (PreparedStatement upsert = connection.prepareStatement("""
				INSERT INTO geography_boundary (demarcation, code, geometry, min_lon, min_lat, max_lon, max_lat, square_km, source)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (demarcation, code) DO UPDATE
				   SET geometry = EXCLUDED.geometry, min_lon = EXCLUDED.min_lon, min_lat = EXCLUDED.min_lat,
				       max_lon = EXCLUDED.max_lon, max_lat = EXCLUDED.max_lat, square_km = EXCLUDED.square_km,
				       source = EXCLUDED.source, loaded_at = now()""")) {
			for (BoundaryJoin.Joined boundary : boundaries) {
				Geometry geometry = boundary.geometry();
				Envelope box = geometry.getEnvelopeInternal();
				upsert.setString(1, demarcation);
				upsert.setString(2, boundary.code());
				upsert.setBytes(3, Geometries.toWkb(geometry));
				upsert.setDouble(4, box.getMinX());
				upsert.setDouble(5, box.getMinY());
				upsert.setDouble(6, box.getMaxX());
				upsert.setDouble(7, box.getMaxY());
				upsert.setBigDecimal(8, java.math.BigDecimal.valueOf(Geometries.squareKm(geometry)).setScale(3, java.math.RoundingMode.HALF_UP));
				upsert.setString(9, source);
				upsert.addBatch();
				written++;
				if (written % BATCH == 0) {
					upsert.executeBatch();
					if (progress != null) {
						progress.accept(written);
					}
				}
			}
			upsert.executeBatch();
		}
		if (progress != null) {
			progress.accept(written);
		}
		return written;
	}

	/**
	 * Gives each area of {@code parentLevel} the union of its children's boundaries, where every
	 * child has one (a district municipality is the union of its local municipalities). A narrow
	 * closing (buffer out and in by about 60 m) seals the slivers that separately simplified
	 * neighbours leave between them.
	 *
	 * @return the number of parent areas given a boundary
	 */
	public static int unionChildren(Connection connection, String demarcation, AreaLevel parentLevel) throws SQLException {
		Map<String, List<Geometry>> children = new LinkedHashMap<>();
		Map<String, Integer> expected = new LinkedHashMap<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT p.code AS parent, b.geometry
				  FROM geography_area p
				  JOIN geography_area c ON c.demarcation = p.demarcation AND c.parent_code = p.code
				  LEFT JOIN geography_boundary b ON b.demarcation = c.demarcation AND b.code = c.code
				 WHERE p.demarcation = ? AND p.level = ?
				 ORDER BY p.code, c.code""")) {
			select.setString(1, demarcation);
			select.setString(2, parentLevel.name());
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					String parent = rs.getString(1);
					byte[] wkb = rs.getBytes(2);
					expected.merge(parent, 1, Integer::sum);
					if (wkb != null) {
						children.computeIfAbsent(parent, p -> new ArrayList<>()).add(Geometries.fromWkb(wkb));
					}
				}
			}
		}
		List<BoundaryJoin.Joined> unions = new ArrayList<>();
		children.forEach((parent, parts) -> {
			if (parts.size() != expected.get(parent)) {
				return;
			}
			Geometry union = UnaryUnionOp.union(parts);
			Geometry closed = union.buffer(0.0006, 2).buffer(-0.0006, 2);
			Geometry result = Geometries.polygonalAndValid(closed.getArea() >= union.getArea() * 0.995 ? closed : union);
			if (result != null) {
				unions.add(new BoundaryJoin.Joined(parent, result, List.of()));
			}
		});
		return write(connection, demarcation, unions, "union of its members' boundaries", null);
	}
}
