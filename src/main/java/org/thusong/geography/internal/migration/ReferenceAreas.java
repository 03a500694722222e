package org.thusong.geography.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thusong.geography.internal.AreaLoader;
import org.thusong.geography.internal.AreaRecord;
import org.thusong.geography.internal.Demarcation;

/**
 * Loads a hierarchy that ships inside the jar ({@code /reference/...}) as part of a Flyway
 * migration: the reference data is versioned with the schema, loaded exactly once on first start
 * (also against an external PostgreSQL), and a later demarcation arrives as a new migration.
 */
final class ReferenceAreas {

	private static final Logger log = LoggerFactory.getLogger(ReferenceAreas.class);

	interface FileReader {
		List<AreaRecord> read(Reader reader) throws IOException;
	}

	private ReferenceAreas() {
	}

	static void load(Connection connection, String resource, FileReader format, Demarcation demarcation)
			throws SQLException {
		long started = System.nanoTime();
		List<AreaRecord> records;
		try (InputStream in = ReferenceAreas.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The jar lacks " + resource);
			}
			records = format.read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int total = records.size();
		log.info("Loading {} areas of demarcation {} from {}", total, demarcation.code(), resource);
		int written = AreaLoader.load(connection, demarcation, records,
				done -> log.info("  {}: {} of {} areas ({}%)", demarcation.code(), done, total, done * 100 / Math.max(total, 1)));
		log.info("Loaded {} areas of {} in {} ms", written, demarcation.code(), (System.nanoTime() - started) / 1_000_000);
	}
}
