package org.thusong.bench;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.thusong.EmbeddedDatabase;
import org.thusong.backlogs.internal.ServiceAccessFile;
import org.thusong.backlogs.internal.ServiceAccessLoader;

/**
 * The census service-access import (276,948 ward rows: read, check every row against the areas
 * and the norm mapping, COPY, roll up to every area above) beside PostgreSQL's own COPY of the
 * same file into a plain table without checks, keys or roll-ups, in the same run, on an embedded
 * PostgreSQL with fsync and synchronous commit on (as the product runs). A main class, not a test.
 *
 * <p>Arguments: [rounds, default 3].
 */
public final class BacklogImportBenchmark {

	static final String RESOURCE = "/reference/za/service-access-by-ward.csv";

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		Path data = Files.createTempDirectory("thusong-bench-backlogs");
		try (EmbeddedPostgres pg = EmbeddedDatabase.startDurable(data.resolve("pg"))) {
			String url = pg.getJdbcUrl("postgres", "postgres");
			// Everything up to the backlogs schema, without the census load itself.
			Flyway.configure().dataSource(url, "postgres", null)
				.locations("classpath:db/migration", "classpath:org/thusong/geography/internal/migration",
						"classpath:org/thusong/backlogs/internal/migration")
				.target("300")
				.load()
				.migrate();
			System.out.printf("machine: %d cores, Java %s, PostgreSQL embedded (fsync on)%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"));
			List<Long> thusong = new ArrayList<>();
			List<Long> plain = new ArrayList<>();
			List<Long> checkOnly = new ArrayList<>();
			List<Long> keys = new ArrayList<>();
			List<Long> again = new ArrayList<>();
			try (Connection connection = pg.getPostgresDatabase().getConnection()) {
				try (Statement s = connection.createStatement()) {
					s.execute("""
							CREATE TABLE plain_service_access (level TEXT, service TEXT, survey_year INT, unit TEXT, boundary_year INT,
							                                   area_code TEXT, answer TEXT, count BIGINT)""");
				}
				connection.setAutoCommit(false);
				for (int round = 1; round <= rounds; round++) {
					long started = System.nanoTime();
					ServiceAccessFile.Checked checked;
					try (Reader reader = reader()) {
						checked = ServiceAccessLoader.check(connection, reader);
					}
					long checkedAt = System.nanoTime();
					ServiceAccessLoader.Loaded loaded = ServiceAccessLoader.load(connection, checked, "service-access-by-ward.csv", "bench",
							"bench", done -> {
							});
					long loadedAt = System.nanoTime();
					execute(connection, KEYS);
					connection.commit();
					long took = System.nanoTime() - started;
					thusong.add(took / 1_000_000);
					checkOnly.add((checkedAt - started) / 1_000_000);
					keys.add((System.nanoTime() - loadedAt) / 1_000_000);
					System.out.printf("round %d: Thusong first-start import %d ms (check %d ms; keys %d ms; %d ward rows, %d rolled up)%n", round,
							took / 1_000_000, (checkedAt - started) / 1_000_000, (System.nanoTime() - loadedAt) / 1_000_000, loaded.wardRows(),
							loaded.rolledUpRows());

					// A later import of the same figures, keys in place: every ward replaced, roll-ups read back from the table.
					started = System.nanoTime();
					try (Reader reader = reader()) {
						checked = ServiceAccessLoader.check(connection, reader);
					}
					ServiceAccessLoader.load(connection, checked, "again.csv", "bench", "bench", done -> {
					});
					connection.commit();
					took = System.nanoTime() - started;
					again.add(took / 1_000_000);
					System.out.printf("round %d: re-import with keys in place %d ms%n", round, took / 1_000_000);
					execute(connection, "TRUNCATE backlog_count, backlog_source");
					execute(connection, "DROP INDEX backlog_count_area_idx; DROP INDEX backlog_count_parent_idx");
					connection.commit();

					started = System.nanoTime();
					try (Reader reader = reader()) {
						connection.unwrap(PGConnection.class).getCopyAPI()
							.copyIn("COPY plain_service_access FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
					}
					connection.commit();
					took = System.nanoTime() - started;
					plain.add(took / 1_000_000);
					System.out.printf("round %d: plain COPY %d ms%n", round, took / 1_000_000);
					execute(connection, "TRUNCATE plain_service_access");
					connection.commit();
				}
			}
			long t = median(thusong);
			long p = median(plain);
			System.out.println();
			System.out.println("| what | median of " + rounds + " | all rounds |");
			System.out.println("|---|---|---|");
			System.out.printf("| Thusong first-start import (V301 + V302): read, check, COPY, roll up, build the indexes, commit | %,d ms | %s |%n", t, thusong);
			System.out.printf("| of which reading and checking | %,d ms | %s |%n", median(checkOnly), checkOnly);
			System.out.printf("| of which building the indexes | %,d ms | %s |%n", median(keys), keys);
			System.out.printf("| a later import of the whole file again, keys in place (replace every ward, roll up from the table) | %,d ms | %s |%n", median(again), again);
			System.out.printf("| plain COPY of the same file into a bare table | %,d ms | %s |%n", p, plain);
			System.out.printf("| ratio | %.1f× | aim: within 3× |%n", (double) t / p);
		}
	}

	static final String KEYS = """
			CREATE INDEX backlog_count_area_idx ON backlog_count (demarcation, area_code, service, survey_year);
			CREATE INDEX backlog_count_parent_idx ON backlog_count (demarcation, parent_code, service, survey_year);
			ANALYZE backlog_count""";

	static Reader reader() {
		InputStream in = BacklogImportBenchmark.class.getResourceAsStream(RESOURCE);
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	static void execute(Connection connection, String sql) throws Exception {
		try (Statement s = connection.createStatement()) {
			s.execute(sql);
		}
	}

	static long median(List<Long> values) {
		return Math.round(BenchApp.median(values));
	}
}
