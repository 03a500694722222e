package org.thusong.geography.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.internal.boundary.BoundaryImport;
import org.thusong.geography.internal.boundary.BoundaryStore;
import org.thusong.geography.internal.boundary.JoinSpec;

/**
 * Loads a boundary file that ships inside the jar ({@code /reference/.../boundaries}) as part of
 * a Flyway migration, logging progress and every feature that found no area.
 */
final class ReferenceBoundaries {

	private static final Logger log = LoggerFactory.getLogger(ReferenceBoundaries.class);

	private ReferenceBoundaries() {
	}

	static BoundaryImport.Report load(Connection connection, String resource, JoinSpec spec) throws SQLException, IOException {
		long started = System.nanoTime();
		log.info("Loading boundaries from {}: {}", resource, spec.describe());
		BoundaryImport.Report report;
		try (InputStream in = ReferenceBoundaries.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The jar lacks " + resource);
			}
			String file = resource.substring(resource.lastIndexOf('/') + 1);
			int[] lastPercent = { -1 };
			report = BoundaryImport.run(connection, file, in, spec, (stage, done, total) -> {
				int percent = total == 0 ? 100 : done * 100 / total;
				if (percent / 25 != lastPercent[0] / 25 || done == total) {
					lastPercent[0] = percent;
					log.info("  {}: {} {} of {} ({}%)", file, stage, done, total, percent);
				}
			});
		}
		log.info("Loaded {} boundaries of {} from {}: {} of {} features matched, {} unmatched, in {} ms", report.areasWritten(),
				spec.demarcation(), report.file(), report.matchedFeatures(), report.features(), report.unmatched().size(),
				(System.nanoTime() - started) / 1_000_000);
		report.unmatched().forEach(u -> log.warn("  {}: unmatched {}", report.file(), u));
		report.nearMatches().forEach(n -> log.info("  {}: near match {}", report.file(), n));
		return report;
	}

	static void unionChildren(Connection connection, String demarcation, AreaLevel level) throws SQLException {
		long started = System.nanoTime();
		int written = BoundaryStore.unionChildren(connection, demarcation, level);
		log.info("Made {} {} boundaries of {} as the union of their members' in {} ms", written,
				level.name().toLowerCase(java.util.Locale.ROOT), demarcation, (System.nanoTime() - started) / 1_000_000);
	}
}
