package org.thusong.geography.internal.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.thusong.core.InvalidInput;

/**
 * One boundary file into the database: read, join, write. Shared by the first-start migrations
 * and the admin import; the caller owns the transaction, so a failure keeps nothing.
 */
public final class BoundaryImport {

	/** Told how far the import is: a stage name, the count done and the count in all. */
	public interface Progress {
		void at(String stage, int done, int total);
	}

	/** What an import did. */
	public record Report(String file, JoinSpec spec, int features, int matchedFeatures, int areasWritten,
			List<BoundaryJoin.Unmatched> unmatched, List<String> nearMatches) {
	}

	private BoundaryImport() {
	}

	public static Report run(Connection connection, String fileName, InputStream in, JoinSpec spec, Progress progress)
			throws IOException, SQLException {
		String country = BoundaryStore.countryOf(connection, spec.demarcation());
		if (country == null) {
			throw new InvalidInput("demarcation", "no demarcation has the code '" + spec.demarcation() + "'");
		}
		List<JoinArea> areas = BoundaryStore.areas(connection, spec.demarcation(), spec.level());
		if (areas.isEmpty()) {
			throw new InvalidInput("level", spec.demarcation() + " has no areas of level " + spec.level().name().toLowerCase(java.util.Locale.ROOT));
		}
		List<GeoFeature> features = GeoFiles.read(in);
		int total = features.size();
		progress.at("read", 0, total);
		BoundaryJoin.Result result = BoundaryJoin.join(features, spec, areas, country, done -> progress.at("joined", done, total));
		int written = BoundaryStore.write(connection, spec.demarcation(), result.joined(),
				fileName + " (" + spec.property() + ", by " + spec.joinBy().name().toLowerCase(java.util.Locale.ROOT) + ")",
				done -> progress.at("written", done, result.joined().size()));
		return new Report(fileName, spec, total, result.matchedFeatures(), written, result.unmatched(), result.nearMatches());
	}
}
