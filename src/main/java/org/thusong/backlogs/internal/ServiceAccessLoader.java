package org.thusong.backlogs.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.thusong.backlogs.BasicService;
import org.thusong.geography.AreaPaths;
import org.thusong.geography.AreaPaths.AreaPath;

/**
 * Writes a checked service-access file and rolls its wards up. Ward rows go in with
 * PostgreSQL's {@code COPY} (a ward's earlier figures for the same service and survey are
 * replaced, other years stay: the history is kept); then, for each demarcation, service and
 * survey year the file touched, every area above the wards is recomputed as the sum of its
 * wards. It works on a plain JDBC connection so that the first-start migration and the admin
 * import share it; the caller owns the transaction, so a failure keeps nothing.
 */
public final class ServiceAccessLoader {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ServiceAccessLoader.class);

	private static final int BATCH = 20_000;

	/** What a load wrote. */
	public record Loaded(long sourceId, int wardRows, int rolledUpRows, List<Group> groups) {
	}

	/** A demarcation, service and survey year a file held figures for. */
	public record Group(String demarcation, BasicService service, int surveyYear, String unit, int wards) {
	}

	private ServiceAccessLoader() {
	}

	/** The checker's view of the database on this connection. */
	public static ServiceAccessFile.Context context(Connection connection) {
		return new ServiceAccessFile.Context() {

			@Override
			public Map<String, AreaPath> areas(String demarcation) {
				try {
					return AreaPaths.of(connection, demarcation);
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			}

			@Override
			public Set<String> answers(BasicService service) {
				Set<String> answers = new LinkedHashSet<>();
				try (PreparedStatement select = connection.prepareStatement("SELECT answer FROM backlog_answer_class WHERE service = ?")) {
					select.setString(1, service.code());
					try (ResultSet rs = select.executeQuery()) {
						while (rs.next()) {
							answers.add(rs.getString(1));
						}
					}
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
				return answers;
			}

			@Override
			public String unitHeld(String demarcation, BasicService service, int surveyYear) {
				try (PreparedStatement select = connection.prepareStatement("""
						SELECT unit FROM backlog_count WHERE demarcation = ? AND service = ? AND survey_year = ? AND level = 'WARD' LIMIT 1""")) {
					select.setString(1, demarcation);
					select.setString(2, service.code());
					select.setInt(3, surveyYear);
					try (ResultSet rs = select.executeQuery()) {
						return rs.next() ? rs.getString(1) : null;
					}
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			}
		};
	}

	/** Checks a file against the database without writing anything (the dry run). */
	public static ServiceAccessFile.Checked check(Connection connection, Reader file) throws IOException {
		return ServiceAccessFile.read(file, context(connection));
	}

	public static Loaded load(Connection connection, ServiceAccessFile.Checked checked, String fileName, String description,
			String loadedBy, LongConsumer progress) throws SQLException {
		long started = System.nanoTime();
		List<ServiceAccessFile.Row> rows = checked.rows();
		long sourceId;
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO backlog_source (file_name, description, rows_loaded, loaded_by) VALUES (?, ?, ?, ?) RETURNING id")) {
			insert.setString(1, fileName);
			insert.setString(2, description);
			insert.setInt(3, rows.size());
			insert.setString(4, loadedBy);
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				sourceId = rs.getLong(1);
			}
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		Map<String, Set<String>> wardsByGroup = new HashMap<>();
		for (ServiceAccessFile.Row row : rows) {
			String key = row.demarcation() + "|" + row.service() + "|" + row.surveyYear();
			wardsByGroup.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.ward().code());
			groups.putIfAbsent(key, new Group(row.demarcation(), row.service(), row.surveyYear(), row.unit(), 0));
		}
		boolean anyHeld;
		try (PreparedStatement any = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM backlog_count)");
				ResultSet rs = any.executeQuery()) {
			rs.next();
			anyHeld = rs.getBoolean(1);
		}
		if (anyHeld) {
			// A ward's figures for a service and survey are replaced whole; other surveys stay.
			try (PreparedStatement delete = connection.prepareStatement("""
					DELETE FROM backlog_count WHERE demarcation = ? AND service = ? AND survey_year = ? AND level = 'WARD'
					   AND area_code = ANY (?)""")) {
				for (Map.Entry<String, Group> entry : groups.entrySet()) {
					Group group = entry.getValue();
					delete.setString(1, group.demarcation());
					delete.setString(2, group.service().code());
					delete.setInt(3, group.surveyYear());
					delete.setArray(4, connection.createArrayOf("varchar", wardsByGroup.get(entry.getKey()).toArray()));
					delete.executeUpdate();
				}
			}
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		StringBuilder batch = new StringBuilder(1 << 21);
		int written = 0;
		for (ServiceAccessFile.Row row : rows) {
			AreaPath ward = row.ward();
			appendRow(batch, row.demarcation(), ward.code(), "WARD", ward.parentCode(), ward.codePath(), row.service().code(),
					row.surveyYear(), row.unit(), row.answer(), row.count(), 1, sourceId, row.line());
			written++;
			if (written % BATCH == 0) {
				flush(copy, batch);
				progress.accept(written);
			}
		}
		flush(copy, batch);
		progress.accept(written);
		long copied = System.nanoTime();
		int rolledUp = 0;
		List<Group> done = new ArrayList<>();
		Map<String, Map<String, AreaPath>> areas = new HashMap<>();
		for (Map.Entry<String, Group> entry : groups.entrySet()) {
			Group group = entry.getValue();
			Map<String, AreaPath> demarcationAreas = areas.computeIfAbsent(group.demarcation(), d -> {
				try {
					return AreaPaths.of(connection, d);
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			List<ServiceAccessFile.Row> fromFile = null;
			if (!anyHeld) {
				// Nothing was held before this file: its rows are all the wards there are, so sum them where they are.
				fromFile = rows.stream()
					.filter(r -> r.demarcation().equals(group.demarcation()) && r.service() == group.service() && r.surveyYear() == group.surveyYear())
					.toList();
			}
			rolledUp += rollUp(connection, copy, demarcationAreas, group, sourceId, fromFile);
			done.add(new Group(group.demarcation(), group.service(), group.surveyYear(), group.unit(), wardsByGroup.get(entry.getKey()).size()));
		}
		log.info("Wrote {} ward rows in {} ms and rolled up {} rows in {} ms", written, (copied - started) / 1_000_000, rolledUp,
				(System.nanoTime() - copied) / 1_000_000);
		return new Loaded(sourceId, written, rolledUp, done);
	}

	/**
	 * Recomputes every area above the wards of one demarcation, service and survey as the sum of
	 * its wards' counts per answer, from what the table holds now.
	 */
	static int rollUp(Connection connection, CopyManager copy, Map<String, AreaPath> areas, Group group, long sourceId,
			List<ServiceAccessFile.Row> fromFile) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("""
				DELETE FROM backlog_count WHERE demarcation = ? AND service = ? AND survey_year = ? AND level <> 'WARD'""")) {
			delete.setString(1, group.demarcation());
			delete.setString(2, group.service().code());
			delete.setInt(3, group.surveyYear());
			delete.executeUpdate();
		}
		record Key(String areaCode, String answer) {
		}
		Map<Key, long[]> sums = new HashMap<>(8192);
		// the wards under each area code, for the rows' "wards" column
		Map<String, Set<String>> wardsUnder = new HashMap<>();
		String unit = group.unit();
		if (fromFile != null) {
			for (ServiceAccessFile.Row row : fromFile) {
				addToAncestors(sums, wardsUnder, row.ward().codePath(), row.answer(), row.count(), Key::new);
			}
		}
		else {
			try (PreparedStatement select = connection.prepareStatement("""
					SELECT area_path, answer, count, unit FROM backlog_count
					 WHERE demarcation = ? AND service = ? AND survey_year = ? AND level = 'WARD'""")) {
				select.setFetchSize(10_000);
				select.setString(1, group.demarcation());
				select.setString(2, group.service().code());
				select.setInt(3, group.surveyYear());
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						unit = rs.getString(4);
						addToAncestors(sums, wardsUnder, rs.getString(1), rs.getString(2), rs.getLong(3), Key::new);
					}
				}
			}
		}
		StringBuilder batch = new StringBuilder(1 << 20);
		int written = 0;
		for (Map.Entry<Key, long[]> sum : sums.entrySet()) {
			AreaPath area = areas.get(sum.getKey().areaCode().toUpperCase(Locale.ROOT));
			if (area == null) {
				continue;
			}
			appendRow(batch, group.demarcation(), area.code(), area.level().name(), area.parentCode(), area.codePath(),
					group.service().code(), group.surveyYear(), unit, sum.getKey().answer(), sum.getValue()[0],
					wardsUnder.get(sum.getKey().areaCode()).size(), sourceId, null);
			written++;
		}
		flush(copy, batch);
		return written;
	}

	/** Adds a ward's count to every code on its path above it: country, province, district, municipality. */
	private static <K> void addToAncestors(Map<K, long[]> sums, Map<String, Set<String>> wardsUnder, String path, String answer,
			long count, java.util.function.BiFunction<String, String, K> key) {
		String ward = path.substring(path.lastIndexOf('/') + 1);
		int slash = path.indexOf('/');
		while (slash > 0) {
			String prefix = path.substring(0, slash);
			String code = prefix.substring(prefix.lastIndexOf('/') + 1);
			sums.computeIfAbsent(key.apply(code, answer), k -> new long[1])[0] += count;
			wardsUnder.computeIfAbsent(code, k -> new java.util.HashSet<>()).add(ward);
			slash = path.indexOf('/', slash + 1);
		}
	}

	private static void appendRow(StringBuilder out, String demarcation, String code, String level, String parent, String path,
			String service, int year, String unit, String answer, long count, int wards, long sourceId, Integer line) {
		out.append(escape(demarcation)).append('\t').append(escape(code)).append('\t').append(level).append('\t')
			.append(parent == null ? "\\N" : escape(parent)).append('\t').append(escape(path)).append('\t').append(service).append('\t')
			.append(year).append('\t').append(unit).append('\t').append(escape(answer)).append('\t').append(count).append('\t').append(wards).append('\t')
			.append(sourceId).append('\t').append(line == null ? "\\N" : line.toString()).append('\n');
	}

	private static String escape(String value) {
		if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static void flush(CopyManager copy, StringBuilder batch) throws SQLException {
		if (batch.isEmpty()) {
			return;
		}
		try {
			copy.copyIn("""
					COPY backlog_count (demarcation, area_code, level, parent_code, area_path, service, survey_year, unit, answer,
					                    count, wards, source_id, source_line) FROM STDIN""", new StringReader(batch.toString()));
		}
		catch (IOException e) {
			throw new SQLException(e);
		}
		batch.setLength(0);
	}
}
