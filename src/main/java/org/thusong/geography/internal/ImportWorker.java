package org.thusong.geography.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.core.InvalidInput;
import org.thusong.geography.internal.boundary.MalformedGeoFile;

/**
 * Runs the administrator's imports (boundaries, whole area hierarchies) in the background, one
 * at a time, each in one transaction on a plain JDBC connection, so that a failed import keeps
 * nothing. Every import has a job row in its own table with the columns {@code status},
 * {@code processed}, {@code total}, {@code message} and {@code finished_at}: the worker marks it
 * running, commits progress separately as the work goes (for the page to poll), and says why
 * when it fails. The person who started an import stays the actor of what it records.
 */
@Component
public class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	/** The work of one import, given the transaction's connection and where to report progress. */
	@FunctionalInterface
	public interface Work<T> {

		T run(Connection connection, Progress progress) throws IOException, SQLException;
	}

	/** Told how far the work is: {@code processed} of {@code total} (features, areas). */
	@FunctionalInterface
	public interface Progress {

		void advance(int processed, int total);
	}

	/** What an import records in its job row when the work has ended. */
	public interface Outcome<T> {

		/** After the work's transaction has committed. */
		void succeeded(long id, T result);

		/** After the work's transaction has rolled back; the row is already marked failed with the reason. */
		default void failed(long id, List<ImportRejected.Problem> problems) {
		}
	}

	/** An import's job row: the table (a constant of the caller, never user input) and the id. */
	public record Job(String table, long id, String description) {

		public Job {
			checked(table);
		}
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separately;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "geography-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportWorker(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Queues the work; it runs after the imports queued before it, as the person who queued it. */
	public <T> Future<?> submit(Job job, Work<T> work, Outcome<T> outcome) {
		return worker.submit(new DelegatingSecurityContextRunnable(() -> run(job, work, outcome)));
	}

	private <T> void run(Job job, Work<T> work, Outcome<T> outcome) {
		long started = System.nanoTime();
		try {
			jdbc.sql("UPDATE " + job.table() + " SET status = 'RUNNING' WHERE id = :id").param("id", job.id()).update();
			T result = transaction.execute(status -> {
				try {
					return work.run(DataSourceUtils.getConnection(dataSource),
							(processed, total) -> progress(job, processed, total));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				catch (SQLException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			});
			outcome.succeeded(job.id(), result);
			log.info("{} finished in {} ms", job.description(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException e) {
			boolean rejected = e instanceof InvalidInput || e instanceof MalformedGeoFile || e instanceof ImportRejected;
			String reason = rejected ? e.getMessage() : "the import stopped: " + e.getMessage();
			if (rejected) {
				log.warn("{} rejected: {}", job.description(), reason);
			}
			else {
				log.error("{} failed", job.description(), e);
			}
			jdbc.sql("UPDATE " + job.table() + " SET status = 'FAILED', message = :message, finished_at = now() WHERE id = :id")
				.param("message", reason)
				.param("id", job.id())
				.update();
			outcome.failed(job.id(), e instanceof ImportRejected r ? r.problems() : List.of());
		}
	}

	private void progress(Job job, int processed, int total) {
		separately.executeWithoutResult(s -> jdbc.sql("UPDATE " + job.table() + " SET processed = :processed, total = :total WHERE id = :id")
			.param("processed", processed)
			.param("total", total)
			.param("id", job.id())
			.update());
	}

	/** The job with this id in an import's table. */
	public <J> Optional<J> find(String table, long id, RowMapper<J> row) {
		return jdbc.sql("SELECT * FROM " + checked(table) + " WHERE id = :id").param("id", id).query(row).optional();
	}

	/** The newest jobs in an import's table. */
	public <J> List<J> recent(String table, int count, RowMapper<J> row) {
		return jdbc.sql("SELECT * FROM " + checked(table) + " ORDER BY id DESC LIMIT :count").param("count", count).query(row).list();
	}

	private static String checked(String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		return table;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
