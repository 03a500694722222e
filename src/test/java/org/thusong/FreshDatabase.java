package org.thusong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every Spring test context its own, clean PostgreSQL database on one real embedded server
 * per test JVM. The schema and the shipped reference data are migrated once into a template;
 * each context gets a copy of it ({@code CREATE DATABASE ... TEMPLATE}), which takes a fraction
 * of a second, so no test sees another's data.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = newDatabaseUrl();
		TestPropertyValues.of("thusong.db.url=" + url, "spring.datasource.url=" + url,
				"spring.datasource.username=postgres", "spring.datasource.password=",
				"spring.datasource.hikari.maximum-pool-size=4").applyTo(context);
	}

	/** A JDBC URL of a new database holding the migrated schema and reference data. */
	public static synchronized String newDatabaseUrl() {
		EmbeddedPostgres pg = server();
		String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
		execute(pg, "CREATE DATABASE " + name + " TEMPLATE thusong_template");
		return pg.getJdbcUrl("postgres", name);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedDatabase.startThrowaway();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is going away; the throw-away data folder goes with it
				}
			}));
			execute(server, "CREATE DATABASE thusong_template");
			Flyway.configure()
				.dataSource(server.getJdbcUrl("postgres", "thusong_template"), "postgres", null)
				.locations("classpath:db/migration", "classpath:org/thusong/geography/internal/migration",
						"classpath:org/thusong/backlogs/internal/migration")
				.load()
				.migrate();
		}
		return server;
	}

	private static void execute(EmbeddedPostgres pg, String sql) {
		try (Connection connection = pg.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}
}
