package org.thusong.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Geometry;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.internal.boundary.BoundaryIndex;
import org.thusong.geography.internal.boundary.GeoFeature;
import org.thusong.geography.internal.boundary.GeoFiles;
import org.thusong.geography.internal.boundary.Geometries;

/**
 * Point lookups per second over the 4,277 ward polygons of South Africa's 2011 demarcation: the
 * STRtree index over prepared geometries (what {@code AreaLocator} uses) beside a brute-force
 * scan that tests every polygon, on the same random points inside South Africa's bounding box,
 * in the same run. Prints the median of several rounds and the ratio. Not a test: run it with
 * {@code bench/geography-lookup.sh} (see bench/README-geography.md).
 */
public final class BoundaryLookupBenchmark {

	public static void main(String[] args) throws Exception {
		int points = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		List<BoundaryIndex.Entry> entries = new ArrayList<>();
		try (InputStream in = BoundaryLookupBenchmark.class.getResourceAsStream("/reference/za/boundaries/wards-2011.topojson")) {
			for (GeoFeature feature : GeoFiles.read(in)) {
				Geometry geometry = Geometries.polygonalAndValid(feature.geometry());
				String code = feature.property("WARD_ID");
				entries.add(BoundaryIndex.Entry.of("ZA-2011", code, code, AreaLevel.WARD, "ZA/" + code, 4, geometry));
			}
		}
		long build = System.nanoTime();
		BoundaryIndex index = BoundaryIndex.of(entries);
		index.queryAll(-30, 25);
		double buildMs = (System.nanoTime() - build) / 1e6;

		Random random = new Random(42);
		double[] lat = new double[points];
		double[] lon = new double[points];
		for (int i = 0; i < points; i++) {
			lat[i] = -34.84 + random.nextDouble() * (34.84 - 22.12);
			lon[i] = 16.45 + random.nextDouble() * (32.90 - 16.45);
		}

		// Warm up both paths (JIT, prepared geometries' lazily built edge indexes).
		int indexFound = run(index, lat, lon, Method.INDEX);
		int bruteFound = run(index, lat, lon, Method.BRUTE);
		run(index, lat, lon, Method.LOCATE);
		if (indexFound != bruteFound) {
			throw new IllegalStateException("the index found " + indexFound + " points, the scan " + bruteFound);
		}

		double[] indexRate = new double[rounds];
		double[] locateRate = new double[rounds];
		double[] bruteRate = new double[rounds];
		for (int r = 0; r < rounds; r++) {
			indexRate[r] = rate(index, lat, lon, Method.INDEX);
			locateRate[r] = rate(index, lat, lon, Method.LOCATE);
			bruteRate[r] = rate(index, lat, lon, Method.BRUTE);
		}
		double indexMedian = median(indexRate);
		double locateMedian = median(locateRate);
		double bruteMedian = median(bruteRate);
		System.out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
		System.out.printf("polygons: %d ZA-2011 wards; points: %d random in SA's bbox (%d inside a ward); rounds: %d; index built in %.0f ms%n",
				entries.size(), points, indexFound, rounds, buildMs);
		System.out.printf("STRtree + prepared (covers test only): %,.0f lookups/s (median)%n", indexMedian);
		System.out.printf("STRtree full locate (per-level choice, 250 m fallback): %,.0f lookups/s (median)%n", locateMedian);
		System.out.printf("brute force (every polygon, Geometry.covers): %,.0f lookups/s (median)%n", bruteMedian);
		System.out.printf("ratio index / brute force: %.0fx (full locate / brute force: %.0fx)%n", indexMedian / bruteMedian,
				locateMedian / bruteMedian);
	}

	enum Method {
		INDEX, LOCATE, BRUTE
	}

	static double rate(BoundaryIndex index, double[] lat, double[] lon, Method method) {
		long started = System.nanoTime();
		run(index, lat, lon, method);
		return lat.length / ((System.nanoTime() - started) / 1e9);
	}

	static int run(BoundaryIndex index, double[] lat, double[] lon, Method method) {
		int found = 0;
		for (int i = 0; i < lat.length; i++) {
			boolean hit = switch (method) {
				case INDEX -> !index.queryAll(lat[i], lon[i]).isEmpty();
				case LOCATE -> !index.locate(lat[i], lon[i], 250).isEmpty();
				case BRUTE -> !index.scanAll(lat[i], lon[i]).isEmpty();
			};
			if (hit) {
				found++;
			}
		}
		return found;
	}

	static double median(double[] values) {
		return BenchApp.median(Arrays.stream(values).boxed().toList());
	}
}
