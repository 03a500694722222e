package org.thusong.geography.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.thusong.core.InvalidInput;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.BoundariesImported;
import org.thusong.geography.internal.boundary.BoundaryImport;
import org.thusong.geography.internal.boundary.BoundaryStore;
import org.thusong.geography.internal.boundary.JoinBy;
import org.thusong.geography.internal.boundary.JoinSpec;

/**
 * Boundary imports from the admin page or API. The request is checked at once (a 400 names the
 * field); the file is then read, joined and written in the background by the {@link ImportWorker},
 * one import at a time, in one transaction, so a failure keeps no boundary. Progress (features
 * processed of the total) is committed as it goes, for the page to poll. When boundaries are written,
 * {@link BoundariesImported} is published so the point lookup index is rebuilt.
 */
@Service
public class BoundaryImports {

	private static final Logger log = LoggerFactory.getLogger(BoundaryImports.class);

	private static final int MAX_UNMATCHED_LISTED = 500;

	private static final String TABLE = "geography_boundary_import";

	private final JdbcClient jdbc;

	private final ImportWorker worker;

	private final ApplicationEventPublisher events;

	BoundaryImports(JdbcClient jdbc, ImportWorker worker, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.worker = worker;
		this.events = events;
	}

	/** What to import; every field is checked before anything starts. */
	public record Request(String fileName, byte[] content, String demarcation, String level, String property, String join,
			String parentProperty, String startedBy) {
	}

	/** A started import: its id, and the work running in the background. */
	public record Started(long id, Future<?> work) {
	}

	public Started start(Request request) {
		if (request.content() == null || request.content().length == 0) {
			throw new InvalidInput("file", "choose a GeoJSON or TopoJSON file; the upload is empty");
		}
		if (request.demarcation() == null || request.demarcation().isBlank()) {
			throw new InvalidInput("demarcation", "is required");
		}
		String demarcation = jdbc.sql("SELECT code FROM geography_demarcation WHERE upper(code) = upper(:code)")
			.param("code", request.demarcation().trim())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new InvalidInput("demarcation", "no demarcation has the code '" + request.demarcation().trim() + "'"));
		AreaLevel level = AreaLevel.parse(request.level());
		if (level == null) {
			throw new InvalidInput("level", "is required");
		}
		String property = required("property", request.property());
		JoinBy join = JoinBy.parse(request.join());
		String parentProperty = request.parentProperty() == null || request.parentProperty().isBlank() ? null
				: required("parentProperty", request.parentProperty());
		if (parentProperty != null && join == JoinBy.CODE) {
			throw new InvalidInput("parentProperty", "is used only when joining by name");
		}
		String fileName = request.fileName() == null || request.fileName().isBlank() ? "upload" : request.fileName().trim();
		if (fileName.length() > 300) {
			fileName = fileName.substring(0, 300);
		}
		JoinSpec spec = new JoinSpec(demarcation, level, property, join, parentProperty);
		long id = jdbc.sql("""
				INSERT INTO geography_boundary_import (file_name, demarcation, level, property, join_by, parent_property, status, started_by)
				VALUES (:file, :demarcation, :level, :property, :join, :parent, 'RUNNING', :by) RETURNING id""")
			.param("file", fileName)
			.param("demarcation", demarcation)
			.param("level", level.name())
			.param("property", property)
			.param("join", join.name())
			.param("parent", parentProperty)
			.param("by", request.startedBy())
			.query(Long.class)
			.single();
		String name = fileName;
		Future<?> work = worker.submit(new ImportWorker.Job(TABLE, id,
				"Boundary import " + id + " of " + name + " (" + spec.describe() + ")"),
				(connection, progress) -> importFile(connection, name, request.content(), spec, progress), this::finished);
		return new Started(id, work);
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "is required");
		}
		if (value.trim().length() > 100) {
			throw new InvalidInput(field, "must be at most 100 characters");
		}
		return value.trim();
	}

	private BoundaryImport.Report importFile(Connection connection, String fileName, byte[] content, JoinSpec spec,
			ImportWorker.Progress progress) throws IOException, SQLException {
		int[] features = { 0 };
		BoundaryImport.Report done = BoundaryImport.run(connection, fileName, new ByteArrayInputStream(content), spec,
				(stage, count, total) -> {
					if (!"written".equals(stage)) {
						features[0] = total;
					}
					progress.advance("read".equals(stage) ? 0 : "joined".equals(stage) ? count : features[0], features[0]);
				});
		if (done.areasWritten() == 0) {
			throw new InvalidInput("property", "no feature matched an area of " + spec.describe() + " ("
					+ done.unmatched().size() + " features tried); check the property, the level and the join");
		}
		if (spec.level() == AreaLevel.MUNICIPALITY) {
			BoundaryStore.unionChildren(connection, spec.demarcation(), AreaLevel.DISTRICT);
		}
		events.publishEvent(new BoundariesImported(spec.demarcation(), spec.level(), done.areasWritten()));
		return done;
	}

	private void finished(long id, BoundaryImport.Report report) {
		List<String> unmatched = report.unmatched().stream().map(Object::toString).limit(MAX_UNMATCHED_LISTED).toList();
		jdbc.sql("""
				UPDATE geography_boundary_import
				   SET status = 'DONE', processed = :total, total = :total, matched = :matched, unmatched = :unmatched,
				       areas_written = :written, unmatched_list = :list, message = :message, finished_at = now()
				 WHERE id = :id""")
			.param("total", report.features())
			.param("matched", report.matchedFeatures())
			.param("unmatched", report.unmatched().size())
			.param("written", report.areasWritten())
			.param("list", String.join("\n", unmatched))
			.param("message", report.nearMatches().isEmpty() ? null : "Near name matches: " + String.join("; ", report.nearMatches()))
			.param("id", id)
			.update();
		log.info("Boundary import {}: {} of {} features matched, {} areas written", id, report.matchedFeatures(),
				report.features(), report.areasWritten());
	}

	public Optional<BoundaryImportJob> job(long id) {
		return worker.find(TABLE, id, BoundaryImports::job);
	}

	public List<BoundaryImportJob> recent(int count) {
		return worker.recent(TABLE, count, BoundaryImports::job);
	}

	private static BoundaryImportJob job(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String list = rs.getString("unmatched_list");
		return new BoundaryImportJob(rs.getLong("id"), rs.getString("file_name"), rs.getString("demarcation"),
				rs.getString("level").toLowerCase(Locale.ROOT), rs.getString("property"), rs.getString("join_by").toLowerCase(Locale.ROOT),
				rs.getString("parent_property"), rs.getString("status"), rs.getInt("processed"), rs.getInt("total"),
				(Integer) rs.getObject("matched"), (Integer) rs.getObject("unmatched"), (Integer) rs.getObject("areas_written"),
				list == null || list.isEmpty() ? List.of() : List.of(list.split("\n")), rs.getString("message"),
				rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
				rs.getObject("finished_at", OffsetDateTime.class));
	}
}
