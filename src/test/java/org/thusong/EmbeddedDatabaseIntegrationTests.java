package org.thusong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's own embedded server: durable, keeps its data across restarts, and starts again
 * after the JVM was killed while PostgreSQL kept running.
 */
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	Path dataFolder;

	@Test
	void runsWithDurabilityOn() throws Exception {
		try (EmbeddedPostgres pg = EmbeddedDatabase.startDurable(dataFolder)) {
			assertThat(query(pg, "SHOW fsync")).isEqualTo("on");
			assertThat(query(pg, "SHOW synchronous_commit")).isEqualTo("on");
			assertThat(query(pg, "SHOW full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void keepsDataAcrossRestartsInTheDataFolder() throws Exception {
		try (EmbeddedPostgres pg = EmbeddedDatabase.startDurable(dataFolder)) {
			execute(pg, "CREATE TABLE kept (value text)");
			execute(pg, "INSERT INTO kept VALUES ('still here')");
		}
		assertThat(Files.exists(dataFolder.resolve("pg/postgresql.conf"))).isTrue();
		try (EmbeddedPostgres pg = EmbeddedDatabase.startDurable(dataFolder)) {
			assertThat(query(pg, "SELECT value FROM kept")).isEqualTo("still here");
		}
	}

	@Test
	void recoversAfterTheJvmWasKilledWhilePostgresqlKeptRunning() throws Exception {
		// A child JVM starts the server, writes, and dies like kill -9 (no shutdown hooks), leaving
		// its postmaster running and holding postmaster.pid.
		Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CrashingInstance.class.getName(), dataFolder.toString())
			.redirectErrorStream(true)
			.redirectOutput(dataFolder.resolve("crashed.log").toFile())
			.start();
		assertThat(crashed.waitFor()).as("the crashing instance's exit code").isEqualTo(137);
		assertThat(Files.exists(dataFolder.resolve("pg/postmaster.pid"))).isTrue();

		try (EmbeddedPostgres restarted = EmbeddedDatabase.startDurable(dataFolder)) {
			assertThat(query(restarted, "SELECT value FROM acknowledged")).isEqualTo("written before the crash");
		}
	}

	/** Runs in a child JVM: starts the durable server, writes a row, then halts without cleanup. */
	static class CrashingInstance {

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres pg = EmbeddedDatabase.startDurable(Path.of(args[0]));
			execute(pg, "CREATE TABLE acknowledged (value text)");
			execute(pg, "INSERT INTO acknowledged VALUES ('written before the crash')");
			Runtime.getRuntime().halt(137);
		}
	}

	private static String query(EmbeddedPostgres pg, String sql) throws SQLException {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void execute(EmbeddedPostgres pg, String sql) throws SQLException {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
