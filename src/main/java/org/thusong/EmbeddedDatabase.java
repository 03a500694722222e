package org.thusong;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the real PostgreSQL server that Thusong uses when no external database is configured.
 * The data lives in {@code <data folder>/pg} and survives restarts; durability is on because an
 * acknowledged write must survive a power cut.
 */
public final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	/** Starts (or re-opens) the durable server the product runs on. */
	public static EmbeddedPostgres startDurable(Path dataDirectory) throws IOException {
		Path pgData = dataDirectory.resolve("pg");
		Files.createDirectories(pgData);
		stopOrphanedServer(pgData);
		return EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.start();
	}

	/** Starts a throw-away server for tests: durability off, it never outlives the JVM. */
	public static EmbeddedPostgres startThrowaway() throws IOException {
		return EmbeddedPostgres.builder()
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("max_connections", "300")
			.start();
	}

	/**
	 * After a {@code kill -9} of the JVM the PostgreSQL child process survives and holds the data
	 * folder; the next start would fail on {@code postmaster.pid}. Stop that orphan first.
	 */
	static void stopOrphanedServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
		long pid;
		try {
			pid = Long.parseLong(firstLine);
		}
		catch (NumberFormatException e) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		if (process.isEmpty()) {
			// The server is gone; PostgreSQL removes a stale pid file by itself and recovers from WAL.
			return;
		}
		process.get().destroy();
		try {
			process.get().onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (Exception e) {
			process.get().destroyForcibly();
		}
	}
}
