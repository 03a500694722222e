package org.thusong.geography.internal.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.thusong.geography.AreaLevel;

/**
 * Point → area lookup over every loaded boundary, in memory: one STRtree per demarcation over
 * prepared geometries, so a lookup tests only the few polygons whose bounding box holds the
 * point, each with a cached edge index. Immutable once built; safe for any number of threads.
 * <p>
 * For each demarcation the answer has at most one area per level. Simplified boundaries
 * overlap and leave slivers: where several areas of a level contain the point, the one that
 * fits the deeper answer (its ancestor) wins, else the smallest; where none does, the nearest
 * within the tolerance that fits the rest of the answer is given, marked approximate.
 */
public final class BoundaryIndex {

	/** One area's boundary in the index. */
	public record Entry(String demarcation, String code, String name, AreaLevel level, String codePath, int depth,
			Geometry geometry, PreparedGeometry prepared, double area) {

		public static Entry of(String demarcation, String code, String name, AreaLevel level, String codePath, int depth,
				Geometry geometry) {
			return new Entry(demarcation, code, name, level, codePath, depth, geometry,
					PreparedGeometryFactory.prepare(geometry), geometry.getArea());
		}

		boolean isAncestorOf(Entry other) {
			return other.codePath.startsWith(codePath + "/");
		}
	}

	/** An area found for a point: exact, or approximate at a distance in metres. */
	public record Hit(Entry entry, boolean approximate, double distanceMetres) {
	}

	private static final Comparator<Entry> SMALLEST_FIRST = Comparator.comparingDouble(Entry::area).thenComparing(Entry::code);

	private final Map<String, STRtree> trees = new TreeMap<>();

	private final Map<String, Set<AreaLevel>> levels = new HashMap<>();

	private final List<Entry> entries;

	private BoundaryIndex(List<Entry> entries) {
		this.entries = List.copyOf(entries);
		for (Entry entry : entries) {
			trees.computeIfAbsent(entry.demarcation(), d -> new STRtree()).insert(entry.geometry().getEnvelopeInternal(), entry);
			levels.computeIfAbsent(entry.demarcation(), d -> EnumSet.noneOf(AreaLevel.class)).add(entry.level());
		}
		trees.values().forEach(STRtree::build);
	}

	public static BoundaryIndex of(Collection<Entry> entries) {
		return new BoundaryIndex(new ArrayList<>(entries));
	}

	public static BoundaryIndex empty() {
		return new BoundaryIndex(List.of());
	}

	public int size() {
		return entries.size();
	}

	public List<Entry> entries() {
		return entries;
	}

	/** The demarcations that have boundaries, with the levels they have them for. */
	public Map<String, Set<AreaLevel>> levels() {
		return levels;
	}

	/** Every area containing the point, deepest first within each demarcation (see class comment). */
	public List<Hit> locate(double lat, double lon, double toleranceMetres) {
		Point point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
		List<Hit> hits = new ArrayList<>();
		for (Map.Entry<String, STRtree> tree : trees.entrySet()) {
			hits.addAll(locateIn(tree.getKey(), tree.getValue(), point, toleranceMetres));
		}
		return hits;
	}

	@SuppressWarnings("unchecked")
	private List<Hit> locateIn(String demarcation, STRtree tree, Point point, double toleranceMetres) {
		Map<AreaLevel, List<Entry>> containing = new HashMap<>();
		for (Entry entry : (List<Entry>) tree.query(point.getEnvelopeInternal())) {
			if (entry.prepared().covers(point)) {
				containing.computeIfAbsent(entry.level(), l -> new ArrayList<>()).add(entry);
			}
		}
		List<AreaLevel> deepestFirst = levels.get(demarcation).stream().sorted(Comparator.reverseOrder()).toList();
		Map<AreaLevel, Hit> chosen = new LinkedHashMap<>();
		List<AreaLevel> missing = new ArrayList<>();
		for (AreaLevel level : deepestFirst) {
			List<Entry> candidates = containing.get(level);
			if (candidates == null) {
				missing.add(level);
				continue;
			}
			Entry best = candidates.stream()
				.filter(c -> fits(c, chosen.values()))
				.min(SMALLEST_FIRST)
				.orElseGet(() -> candidates.stream().min(SMALLEST_FIRST).orElseThrow());
			chosen.put(level, new Hit(best, false, 0));
		}
		if (!missing.isEmpty() && toleranceMetres > 0) {
			Envelope near = Geometries.around(point.getY(), point.getX(), toleranceMetres);
			Map<AreaLevel, Hit> nearest = new HashMap<>();
			for (Entry entry : (List<Entry>) tree.query(near)) {
				if (!missing.contains(entry.level()) || !fits(entry, chosen.values())) {
					continue;
				}
				Coordinate closest = DistanceOp.nearestPoints(entry.geometry(), point)[0];
				double metres = Geometries.metres(closest, point.getCoordinate());
				Hit current = nearest.get(entry.level());
				if (metres <= toleranceMetres && (current == null || metres < current.distanceMetres())) {
					nearest.put(entry.level(), new Hit(entry, true, metres));
				}
			}
			chosen.putAll(nearest);
		}
		return chosen.values().stream().sorted(Comparator.comparing((Hit h) -> h.entry().depth()).reversed()).toList();
	}

	/** Whether the entry agrees with the areas already chosen: ancestor of the deeper, descendant of the shallower. */
	private static boolean fits(Entry entry, Collection<Hit> chosen) {
		for (Hit hit : chosen) {
			Entry other = hit.entry();
			boolean agrees = other.depth() > entry.depth() ? entry.isAncestorOf(other)
					: other.depth() < entry.depth() ? other.isAncestorOf(entry) : other == entry;
			if (!agrees) {
				return false;
			}
		}
		return true;
	}

	/** For comparison only: the areas whose polygon covers the point, by testing every polygon. */
	public List<Entry> scanAll(double lat, double lon) {
		Point point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
		List<Entry> found = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.geometry().covers(point)) {
				found.add(entry);
			}
		}
		return found;
	}

	/** The same, through the STRtree: what {@link #locate} does before choosing per level. */
	@SuppressWarnings("unchecked")
	public List<Entry> queryAll(double lat, double lon) {
		Point point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
		List<Entry> found = new ArrayList<>();
		for (STRtree tree : trees.values()) {
			for (Entry entry : (List<Entry>) tree.query(point.getEnvelopeInternal())) {
				if (entry.prepared().covers(point)) {
					found.add(entry);
				}
			}
		}
		return found;
	}
}
