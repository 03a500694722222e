package org.thusong.geography.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a demarcation's whole hierarchy in one go. Every parent must be in the same file; the
 * code paths, collation keys and folded names are computed here. Rows go through PostgreSQL's
 * {@code COPY}, so tens of thousands of areas load in about a second. It works on a plain JDBC
 * connection so that Flyway migrations (first start) and the admin import page share it; the
 * caller owns the transaction, so a failed load keeps nothing.
 */
public final class AreaLoader {

	private static final int BATCH = 5_000;

	private AreaLoader() {
	}

	/**
	 * @param progress told how many areas are written so far
	 * @return the number of areas written
	 */
	public static int load(Connection connection, Demarcation demarcation, List<AreaRecord> records, LongConsumer progress)
			throws SQLException {
		Plan plan = plan(demarcation.country(), records);
		if (!plan.problems().isEmpty()) {
			throw new ImportRejected(plan.problems());
		}
		Map<String, String> paths = plan.paths();
		insertDemarcation(connection, demarcation);
		Collator collator = AreaNames.collator(demarcation.country());
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		StringBuilder batch = new StringBuilder(1 << 20);
		int written = 0;
		for (AreaRecord record : records) {
			String path = paths.get(record.code());
			appendRow(batch, demarcation.code(), record, path, depth(path),
					AreaNames.sortKey(collator, record.name()), AreaNames.fold(record.name(), demarcation.country()));
			written++;
			if (written % BATCH == 0) {
				flush(copy, batch);
				progress.accept(written);
			}
		}
		flush(copy, batch);
		progress.accept(written);
		return written;
	}

	/**
	 * What would stop {@link #load}, by line: a code twice, a parent not in the file, parents in
	 * a loop, an area outside the country.
	 */
	public static List<ImportRejected.Problem> problems(String country, List<AreaRecord> records) {
		return plan(country, records).problems();
	}

	private record Plan(Map<String, String> paths, List<ImportRejected.Problem> problems) {
	}

	private static Plan plan(String country, List<AreaRecord> records) {
		Map<String, AreaRecord> byCode = new HashMap<>(records.size() * 2);
		List<ImportRejected.Problem> problems = new ArrayList<>();
		for (AreaRecord record : records) {
			if (byCode.putIfAbsent(record.code(), record) != null) {
				problems.add(new ImportRejected.Problem(record.line(), "code " + record.code() + " appears twice"));
			}
		}
		Map<String, String> paths = new HashMap<>(records.size() * 2);
		for (AreaRecord record : records) {
			String path = pathOf(record, byCode, paths, problems);
			if (path != null && !path.startsWith(country + "/") && !path.equals(country)) {
				problems.add(new ImportRejected.Problem(record.line(),
						"area " + record.code() + " does not lie under the country " + country));
			}
		}
		// A missing parent is found once per descendant: name it once.
		return new Plan(paths, problems.stream().distinct().sorted(Comparator.comparingInt(ImportRejected.Problem::line)).toList());
	}

	private static String pathOf(AreaRecord record, Map<String, AreaRecord> byCode, Map<String, String> paths,
			List<ImportRejected.Problem> problems) {
		String known = paths.get(record.code());
		if (known != null) {
			return known;
		}
		// Walk up iteratively: the TR file is 4 levels, but a bad file could loop.
		List<AreaRecord> chain = new ArrayList<>();
		AreaRecord current = record;
		String base = null;
		while (current != null) {
			String cached = paths.get(current.code());
			if (cached != null) {
				base = cached;
				break;
			}
			chain.add(current);
			if (chain.size() > 12) {
				problems.add(new ImportRejected.Problem(record.line(), "the parents of " + record.code() + " form a loop"));
				return null;
			}
			if (current.parentCode() == null) {
				break;
			}
			AreaRecord parent = byCode.get(current.parentCode());
			if (parent == null) {
				problems.add(new ImportRejected.Problem(current.line(),
						"parent_code " + current.parentCode() + " of " + current.code() + " is not in the file"));
				return null;
			}
			current = parent;
		}
		String path = base;
		for (int i = chain.size() - 1; i >= 0; i--) {
			AreaRecord step = chain.get(i);
			path = path == null ? step.code() : path + "/" + step.code();
			paths.put(step.code(), path);
		}
		return path;
	}

	private static int depth(String path) {
		int depth = 0;
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '/') {
				depth++;
			}
		}
		return depth;
	}

	private static void insertDemarcation(Connection connection, Demarcation demarcation) throws SQLException {
		if (demarcation.current()) {
			try (PreparedStatement clear = connection.prepareStatement(
					"UPDATE geography_demarcation SET is_current = FALSE WHERE country = ? AND is_current")) {
				clear.setString(1, demarcation.country());
				clear.executeUpdate();
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO geography_demarcation (code, country, name, year, is_current, source, licence)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
			insert.setString(1, demarcation.code());
			insert.setString(2, demarcation.country());
			insert.setString(3, demarcation.name());
			insert.setObject(4, demarcation.year());
			insert.setBoolean(5, demarcation.current());
			insert.setString(6, demarcation.source());
			insert.setString(7, demarcation.licence());
			insert.executeUpdate();
		}
	}

	private static void appendRow(StringBuilder out, String demarcation, AreaRecord r, String path, int depth,
			byte[] sortKey, String folded) {
		field(out, demarcation).append('\t');
		field(out, r.code()).append('\t');
		field(out, r.name()).append('\t');
		field(out, r.level().name()).append('\t');
		field(out, r.kind()).append('\t');
		field(out, r.parentCode()).append('\t');
		field(out, path).append('\t');
		out.append(depth).append('\t');
		field(out, r.category()).append('\t');
		field(out, r.miifCategory()).append('\t');
		field(out, r.squareKm() == null ? null : r.squareKm().toPlainString()).append('\t');
		field(out, r.population() == null ? null : r.population().toString()).append('\t');
		out.append("\\\\x").append(HexFormat.of().formatHex(sortKey)).append('\t');
		field(out, folded).append('\n');
	}

	/** Text-format COPY: backslash, tab and newline are escaped; \N is null. */
	private static StringBuilder field(StringBuilder out, String value) {
		if (value == null) {
			return out.append("\\N");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out;
	}

	private static void flush(CopyManager copy, StringBuilder batch) throws SQLException {
		if (batch.isEmpty()) {
			return;
		}
		try {
			copy.copyIn("""
					COPY geography_area (demarcation, code, name, level, kind, parent_code, code_path, depth, category,
					                     miif_category, square_km, population, name_sort, name_folded) FROM STDIN""",
					new StringReader(batch.toString()));
		}
		catch (IOException e) {
			throw new SQLException("could not stream areas to PostgreSQL", e);
		}
		batch.setLength(0);
	}
}
