package org.thusong.backlogs.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads ward figures in the background, one file at a time: the job row says RUNNING with the
 * rows written so far (committed apart from the load, for the page to poll), then DONE or FAILED
 * with the reason. The load itself is one transaction, so a failure keeps no figure.
 */
@Component
public class BacklogImportJobs {

	private static final Logger log = LoggerFactory.getLogger(BacklogImportJobs.class);

	/** A job as its page shows it. */
	public record Job(long id, String fileName, String status, int processed, int total, Long sourceId, String message, String startedBy,
			Instant startedAt, Instant finishedAt) {

		public boolean running() {
			return "RUNNING".equals(status);
		}

		public boolean failed() {
			return "FAILED".equals(status);
		}

		public int percent() {
			return total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
		}
	}

	private final JdbcClient jdbc;

	private final BacklogAdministration administration;

	private final TransactionTemplate apart;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "backlog-import");
		thread.setDaemon(true);
		return thread;
	});

	BacklogImportJobs(JdbcClient jdbc, BacklogAdministration administration, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.administration = administration;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Starts loading a file whose rows were already checked; returns the job's id. */
	public long start(byte[] content, String fileName, int rows, String by) {
		long id = apart.execute(status -> jdbc.sql("""
				INSERT INTO backlog_import (file_name, status, total, started_by) VALUES (:file, 'RUNNING', :total, :by) RETURNING id""")
			.param("file", fileName)
			.param("total", rows)
			.param("by", by)
			.query(Long.class)
			.single());
		worker.submit(new DelegatingSecurityContextRunnable(() -> run(id, content, fileName, by)));
		return id;
	}

	private void run(long id, byte[] content, String fileName, String by) {
		try {
			BacklogAdministration.Outcome outcome = administration.importFile(content, fileName, false, by,
					done -> apart.executeWithoutResult(status -> jdbc.sql("UPDATE backlog_import SET processed = :done WHERE id = :id")
						.param("done", (int) done)
						.param("id", id)
						.update()));
			finish(id, "DONE", outcome.sourceId(), outcome.rows() + " ward rows loaded in " + outcome.groups().size() + " group(s)");
		}
		catch (ServiceAccessRejected e) {
			finish(id, "FAILED", null, String.join("\n", e.problems().stream().map(Object::toString).toList()));
		}
		catch (RuntimeException e) {
			log.warn("Backlog import {} failed", id, e);
			finish(id, "FAILED", null, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private void finish(long id, String status, Long sourceId, String message) {
		apart.executeWithoutResult(s -> jdbc.sql("""
				UPDATE backlog_import SET status = :status, source_id = :source, message = :message, finished_at = now(),
				       processed = CASE WHEN :status = 'DONE' THEN total ELSE processed END
				 WHERE id = :id""")
			.param("status", status)
			.param("source", sourceId)
			.param("message", message)
			.param("id", id)
			.update());
	}

	public Optional<Job> find(long id) {
		return jdbc.sql("""
				SELECT id, file_name, status, processed, total, source_id, message, started_by, started_at, finished_at
				  FROM backlog_import WHERE id = :id""")
			.param("id", id)
			.query((rs, n) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), (Long) rs.getObject(6),
					rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.optional();
	}

	public List<Job> recent() {
		return jdbc.sql("SELECT id FROM backlog_import ORDER BY id DESC LIMIT 10").query(Long.class).list().stream()
			.map(this::find).flatMap(Optional::stream).toList();
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
