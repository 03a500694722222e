package org.thusong.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.thusong.core.InvalidInput;
import org.thusong.geography.internal.boundary.BoundaryIndex;
import org.thusong.geography.internal.boundary.Geometries;

/**
 * Point → area lookup, fast enough to sit on every request's path (tens of thousands of
 * lookups a second on one core): which ward, municipality, province, il or ilçe holds a place.
 * The boundaries live in memory in an index built from the database in the background at
 * start, and rebuilt when {@link BoundariesImported} says they changed; the old index keeps
 * answering while the new one is built. Other instances behind the same database notice the
 * change within a minute (a cheap fingerprint of the boundary table is compared) and rebuild too.
 */
@Service
public class AreaLocator {

	/** How far from a boundary a point may lie and still be given that area, marked approximate. */
	public static final double TOLERANCE_METRES = 250;

	private static final Logger log = LoggerFactory.getLogger(AreaLocator.class);

	private final JdbcClient jdbc;

	private volatile CompletableFuture<BoundaryIndex> index;

	/** The boundary table's fingerprint the current index reflects; null until first checked. */
	private volatile String indexedFingerprint;

	AreaLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The areas at a point, per demarcation with boundaries there, deepest first.
	 *
	 * @throws InvalidInput when the latitude or longitude is out of range
	 */
	public Location locate(double lat, double lon) {
		check(lat, lon);
		List<LocatedArea> areas = new ArrayList<>();
		for (BoundaryIndex.Hit hit : index().locate(lat, lon, TOLERANCE_METRES)) {
			BoundaryIndex.Entry e = hit.entry();
			areas.add(new LocatedArea(e.demarcation(), e.code(), e.name(), e.level(), e.codePath(), hit.approximate(),
					Math.round(hit.distanceMetres() * 10) / 10.0));
		}
		return new Location(lat, lon, areas);
	}

	/**
	 * The ward (or mahalle) at a point in the newest demarcation that has ward boundaries, if any
	 * (for South Africa today: the 2011 wards; no 2016 ward polygons are loaded).
	 */
	public Optional<LocatedArea> locateWard(double lat, double lon) {
		return locate(lat, lon).areas()
			.stream()
			.filter(a -> a.level() == AreaLevel.WARD || a.level() == AreaLevel.MAHALLE)
			.max(java.util.Comparator.comparing(LocatedArea::demarcation));
	}

	/** The deepest area at a point in one demarcation, if any. */
	public Optional<LocatedArea> locate(double lat, double lon, String demarcation) {
		return locate(lat, lon).in(demarcation).stream().findFirst();
	}

	/** Whether the in-memory index has been built (lookups before then wait for it). */
	public boolean ready() {
		CompletableFuture<BoundaryIndex> current = index;
		return current != null && current.isDone() && !current.isCompletedExceptionally();
	}

	static void check(double lat, double lon) {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new InvalidInput("lat", "must be a latitude between -90 and 90, not " + lat);
		}
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw new InvalidInput("lon", "must be a longitude between -180 and 180, not " + lon);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildAtStart() {
		synchronized (this) {
			if (index == null) {
				indexedFingerprint = fingerprint();
				index = build();
			}
		}
	}

	@ApplicationModuleListener
	void on(BoundariesImported event) {
		log.info("Boundaries of {} ({}) changed: rebuilding the point lookup index", event.demarcation(), event.level());
		indexedFingerprint = fingerprint();
		rebuild();
	}

	/**
	 * Another instance may have imported boundaries: its event reached only its own listeners. A
	 * count and the latest load time tell whether the table changed since this index was built.
	 */
	@org.springframework.scheduling.annotation.Scheduled(initialDelayString = "${thusong.geography.index-check:PT1M}",
			fixedDelayString = "${thusong.geography.index-check:PT1M}")
	void rebuildWhenAnotherInstanceChangedTheBoundaries() {
		String now = fingerprint();
		String before = indexedFingerprint;
		indexedFingerprint = now;
		if (before != null && !before.equals(now)) {
			log.info("The boundary table changed ({} -> {}): rebuilding the point lookup index", before, now);
			rebuild();
		}
	}

	private String fingerprint() {
		return jdbc.sql("SELECT count(*) || '@' || coalesce(max(loaded_at)::text, '-') FROM geography_boundary")
			.query(String.class)
			.single();
	}

	/** Builds a new index in the background and swaps it in when ready. */
	public CompletableFuture<BoundaryIndex> rebuild() {
		CompletableFuture<BoundaryIndex> next = build();
		next.thenRun(() -> index = next);
		synchronized (this) {
			if (index == null) {
				index = next;
			}
		}
		return next;
	}

	private BoundaryIndex index() {
		CompletableFuture<BoundaryIndex> current = index;
		if (current == null) {
			buildAtStart();
			current = index;
		}
		try {
			return current.get(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the boundary index", e);
		}
		catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("the boundary index could not be built", e);
		}
	}

	private CompletableFuture<BoundaryIndex> build() {
		CompletableFuture<BoundaryIndex> future = new CompletableFuture<>();
		Thread builder = new Thread(() -> {
			try {
				future.complete(load());
			}
			catch (RuntimeException | Error e) {
				log.error("Could not build the boundary index", e);
				future.completeExceptionally(e);
			}
		}, "boundary-index");
		builder.setDaemon(true);
		builder.start();
		return future;
	}

	private BoundaryIndex load() {
		long started = System.nanoTime();
		List<BoundaryIndex.Entry> entries = jdbc.sql("""
				SELECT b.demarcation, b.code, a.name, a.level, a.code_path, a.depth, b.geometry
				  FROM geography_boundary b
				  JOIN geography_area a ON a.demarcation = b.demarcation AND a.code = b.code""")
			.query((rs, n) -> BoundaryIndex.Entry.of(rs.getString(1), rs.getString(2), rs.getString(3),
					AreaLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), Geometries.fromWkb(rs.getBytes(7))))
			.list();
		BoundaryIndex built = BoundaryIndex.of(entries);
		log.info("Built the point lookup index: {} boundaries in {} demarcations in {} ms", built.size(),
				built.levels().size(), (System.nanoTime() - started) / 1_000_000);
		return built;
	}
}
