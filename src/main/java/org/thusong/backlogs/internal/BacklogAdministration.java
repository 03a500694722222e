package org.thusong.backlogs.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.backlogs.BacklogFiguresLoaded;
import org.thusong.backlogs.BasicService;
import org.thusong.backlogs.NormClass;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/**
 * What an admin changes in the backlogs module: the class of an answer in the norm mapping, and
 * new ward figures from a file (a later survey, a municipal update), checked in full first and
 * written in one transaction. Each change is audited and announced to listeners.
 */
@Service
public class BacklogAdministration {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	BacklogAdministration(JdbcClient jdbc, DataSource dataSource, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.audit = audit;
		this.events = events;
	}

	/** What a dry run or a load found: the groups of figures it holds or wrote. */
	public record Outcome(boolean dryRun, int rows, List<ServiceAccessLoader.Group> groups, long sourceId) {
	}

	@Transactional
	public void reclass(String serviceCode, String answer, String classText, String by) {
		BasicService service = BasicService.parse("service", serviceCode);
		NormClass normClass;
		try {
			normClass = NormClass.valueOf(classText == null ? "" : classText.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("normClass", "must be one of below_basic, basic, above_basic, not_applicable, unspecified; not '" + classText + "'");
		}
		String before = jdbc.sql("SELECT norm_class FROM backlog_answer_class WHERE service = :s AND answer = :a")
			.param("s", service.code())
			.param("a", answer)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("The norm mapping has no answer '" + answer + "' for " + service.code()));
		if (before.equals(normClass.name())) {
			return;
		}
		jdbc.sql("UPDATE backlog_answer_class SET norm_class = :c, changed_by = :by, changed_at = now() WHERE service = :s AND answer = :a")
			.param("c", normClass.name())
			.param("by", by)
			.param("s", service.code())
			.param("a", answer)
			.update();
		audit.record("backlog-norm-mapping", service.code() + ": " + answer, "reclassed", null, Map.of("normClass", before),
				Map.of("normClass", normClass.name()));
		for (Map<String, Object> group : jdbc.sql("""
				SELECT demarcation, survey_year, min(unit) AS unit, count(*) AS wards FROM backlog_count
				 WHERE service = :s AND answer = :a AND level = 'WARD' GROUP BY demarcation, survey_year""")
			.param("s", service.code())
			.param("a", answer)
			.query()
			.listOfRows()) {
			events.publishEvent(new BacklogFiguresLoaded((String) group.get("demarcation"), service, ((Number) group.get("survey_year")).intValue(),
					(String) group.get("unit"), ((Number) group.get("wards")).intValue(), "norm mapping changed"));
		}
	}

	/**
	 * Checks a file (dry run) or checks and loads it. A file with any problem is refused whole
	 * ({@link ServiceAccessRejected}, by line), and nothing of it is written.
	 */
	@Transactional
	public Outcome importFile(byte[] content, String fileName, boolean dryRun, String by) {
		return importFile(content, fileName, dryRun, by, done -> {
		});
	}

	/** As {@link #importFile(byte[], String, boolean, String)}, telling {@code progress} how many ward rows are written. */
	@Transactional
	public Outcome importFile(byte[] content, String fileName, boolean dryRun, String by, java.util.function.LongConsumer progress) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			ServiceAccessFile.Checked checked = ServiceAccessLoader.check(connection,
					new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
			if (dryRun) {
				java.util.Map<String, ServiceAccessLoader.Group> groups = new java.util.LinkedHashMap<>();
				java.util.Map<String, java.util.Set<String>> wards = new java.util.HashMap<>();
				for (ServiceAccessFile.Row row : checked.rows()) {
					String key = row.demarcation() + "|" + row.service() + "|" + row.surveyYear();
					wards.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(row.ward().code());
					groups.put(key, new ServiceAccessLoader.Group(row.demarcation(), row.service(), row.surveyYear(), row.unit(),
							wards.get(key).size()));
				}
				return new Outcome(true, checked.rows().size(), List.copyOf(groups.values()), 0);
			}
			ServiceAccessLoader.Loaded loaded = ServiceAccessLoader.load(connection, checked, fileName, "uploaded by " + by, by, progress);
			audit.record("backlog-source", String.valueOf(loaded.sourceId()), "loaded", null, null,
					Map.of("file", fileName, "rows", loaded.wardRows(), "rolledUp", loaded.rolledUpRows()));
			for (ServiceAccessLoader.Group group : loaded.groups()) {
				events.publishEvent(new BacklogFiguresLoaded(group.demarcation(), group.service(), group.surveyYear(), group.unit(),
						group.wards(), "file " + fileName));
			}
			return new Outcome(false, loaded.wardRows(), loaded.groups(), loaded.sourceId());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
