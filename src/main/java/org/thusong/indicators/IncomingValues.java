package org.thusong.indicators;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.thusong.core.CsvField;

/**
 * Values on their way into the central database: streamed with PostgreSQL's COPY into a
 * temporary table of the transaction as they are given, so that an import checks a value and
 * sends it on in one pass while the database takes in the previous ones on the other core.
 * {@link IndicatorValues#merge} then merges the table into the values in one statement.
 *
 * <p>A file may give the same element, area and period twice (the last one wins). Each key's
 * 64-bit fingerprint is remembered, not the key itself (a million keys as strings would hold
 * ~150 MB); a repeated fingerprint, a true repeat or, very rarely, two keys that share one, only
 * makes the merge take the last of each key first, which is right either way.
 */
final class IncomingValues {

	private static final int CHUNK = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder chunk = new StringBuilder(CHUNK + 1024);

	private final Set<Long> fingerprints = new HashSet<>();

	private boolean repeats;

	private int count;

	private IncomingValues(CopyIn copy) {
		this.copy = copy;
	}

	static IncomingValues open(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TEMP TABLE IF NOT EXISTS indicator_value_incoming (
					    data_element TEXT COLLATE "C", area_code TEXT COLLATE "C", area_path TEXT COLLATE "C",
					    period TEXT COLLATE "C", period_start DATE, period_end DATE, value NUMERIC, comment TEXT, seq INT)
					    ON COMMIT DELETE ROWS""");
			statement.execute("TRUNCATE indicator_value_incoming");
		}
		return new IncomingValues(connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
				COPY indicator_value_incoming (data_element, area_code, area_path, period, period_start, period_end, value,
				    comment, seq) FROM STDIN (FORMAT csv)"""));
	}

	void add(IndicatorValues.NewValue v) throws SQLException {
		long fingerprint = (long) v.dataElement().hashCode() * 0x9E3779B97F4A7C15L
				^ ((long) v.areaPath().hashCode() << 32 | v.period().iso().hashCode() & 0xFFFFFFFFL);
		if (!fingerprints.add(fingerprint)) {
			repeats = true;
		}
		chunk.append(CsvField.of(v.dataElement())).append(',').append(CsvField.of(v.orgUnit())).append(',')
			.append(CsvField.of(v.areaPath())).append(',').append(v.period().iso()).append(',')
			.append(v.period().start()).append(',').append(v.period().end()).append(',')
			.append(v.value().toPlainString()).append(',').append(CsvField.of(v.comment())).append(',')
			.append(count++).append('\n');
		if (chunk.length() > CHUNK) {
			flush();
		}
	}

	/** Sends what is left and ends the COPY; the values are then in the temporary table. */
	Received finish() throws SQLException {
		flush();
		copy.endCopy();
		return new Received(count, repeats);
	}

	/** Ends the COPY without keeping what was sent, when an import found conflicts. */
	void abandon() {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException e) {
			// The transaction rolls back anyway; the COPY's own error says nothing more.
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		chunk.setLength(0);
	}

	/** How many values arrived, and whether any key may have come twice. */
	record Received(int count, boolean repeats) {
	}
}
