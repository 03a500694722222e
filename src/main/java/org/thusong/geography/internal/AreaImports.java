package org.thusong.geography.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.geography.AreaLevel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of a whole area hierarchy into a new demarcation, from the admin page or API: South
 * Africa redraws its wards before every local election, and the new map arrives as a file, not
 * as a code change. The request is checked at once (a 400 names the field, a 409 says the
 * demarcation exists); the file is then read, checked and written in the background by the
 * {@link ImportWorker}, in one transaction: a file with any bad row keeps no demarcation and no
 * area, and the job lists every bad line and why.
 * <p>
 * A new current demarcation leaves the point lookup as it was (it holds boundaries, which a new
 * demarcation has none of until they are imported); organisations for its municipal areas are
 * made at the next start.
 */
@Service
public class AreaImports {

	/** How many problems a failed job keeps, first lines first. */
	public static final int MAX_PROBLEMS_LISTED = 200;

	private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[0-9A-Za-z]{1,12})?");

	private static final String TABLE = "geography_area_import";

	private final JdbcClient jdbc;

	private final ImportWorker worker;

	private final AuditTrail audit;

	private final JsonMapper json;

	AreaImports(JdbcClient jdbc, ImportWorker worker, AuditTrail audit, JsonMapper json) {
		this.jdbc = jdbc;
		this.worker = worker;
		this.audit = audit;
		this.json = json;
	}

	/** What to import, as the form or API sent it; every field is checked before anything starts. */
	public record Request(String fileName, byte[] content, String format, String code, String country, String name,
			String year, String current, String startedBy) {
	}

	/** A started import: its id, and the work queued in the background. */
	public record Started(long id, Future<?> work) {
	}

	/**
	 * @throws InvalidInput naming the first field that breaks a rule
	 * @throws Conflict when the demarcation exists, or is being imported already
	 */
	public Started start(Request request) {
		if (request.content() == null || request.content().length == 0) {
			throw new InvalidInput("file", "choose a CSV file; the upload is empty");
		}
		AreaFileFormat format = AreaFileFormat.parse(request.format());
		String country = required("country", request.country(), 2).toUpperCase(Locale.ROOT);
		if (!country.equals("ZA") && !country.equals("TR")) {
			throw new InvalidInput("country", "must be ZA or TR, not '" + country + "'");
		}
		if (!country.equals(format.country())) {
			throw new InvalidInput("country", "the " + format.id() + " layout is for " + format.country() + ", not " + country);
		}
		String code = required("code", request.code(), 20);
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInput("code", "must look like ZA-2021: the country, a hyphen and up to 12 letters or digits");
		}
		if (!code.startsWith(country)) {
			throw new InvalidInput("code", "must begin with the country, " + country);
		}
		if (exists(code)) {
			throw new Conflict("code", "code: a demarcation with the code " + code + " exists already");
		}
		Demarcation demarcation = new Demarcation(code, country, required("name", request.name(), 200), year(request.year()),
				bool("current", request.current()), "Imported from " + fileName(request) + " by " + request.startedBy(), null);
		long id;
		try {
			id = jdbc.sql("""
					INSERT INTO geography_area_import (file_name, format, demarcation, country, name, year, make_current, status, started_by)
					VALUES (:file, :format, :code, :country, :name, :year, :current, 'QUEUED', :by) RETURNING id""")
				.param("file", fileName(request))
				.param("format", format.id())
				.param("code", code)
				.param("country", country)
				.param("name", demarcation.name())
				.param("year", demarcation.year())
				.param("current", demarcation.current())
				.param("by", request.startedBy())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("code", "code: an import of " + code + " is already waiting or running");
		}
		Future<?> work = worker.submit(new ImportWorker.Job(TABLE, id, "Area import " + id + " of " + code),
				(connection, progress) -> importFile(connection, demarcation, format, request.content(), progress),
				new ImportWorker.Outcome<Map<String, Integer>>() {

					@Override
					public void succeeded(long job, Map<String, Integer> counts) {
						finished(job, counts);
					}

					@Override
					public void failed(long job, List<ImportRejected.Problem> problems) {
						jdbc.sql("UPDATE geography_area_import SET problems = CAST(:problems AS jsonb) WHERE id = :id")
							.param("problems", json.writeValueAsString(problems.stream().limit(MAX_PROBLEMS_LISTED).toList()))
							.param("id", job)
							.update();
					}
				});
		return new Started(id, work);
	}

	private Map<String, Integer> importFile(Connection connection, Demarcation demarcation, AreaFileFormat format,
			byte[] content, ImportWorker.Progress progress) throws IOException, SQLException {
		List<ImportRejected.Problem> problems = new ArrayList<>();
		List<AreaRecord> records = format.read(
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8), problems);
		problems.addAll(AreaLoader.problems(demarcation.country(), records));
		if (records.isEmpty()) {
			problems.add(new ImportRejected.Problem(0, "the file holds no areas"));
		}
		if (exists(demarcation.code())) {
			problems.add(new ImportRejected.Problem(0, "a demarcation with the code " + demarcation.code() + " exists already"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems.stream().distinct().sorted(Comparator.comparingInt(ImportRejected.Problem::line)).toList());
		}
		int total = records.size();
		progress.advance(0, total);
		AreaLoader.load(connection, demarcation, records, done -> progress.advance((int) done, total));
		Map<String, Integer> counts = new LinkedHashMap<>();
		records.stream()
			.map(AreaRecord::level)
			.sorted()
			.forEach(level -> counts.merge(level.name().toLowerCase(Locale.ROOT), 1, Integer::sum));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("counts", counts);
		after.put("current", demarcation.current());
		audit.record("demarcation", demarcation.code(), "imported", null, null, after);
		return counts;
	}

	private void finished(long id, Map<String, Integer> counts) {
		jdbc.sql("""
				UPDATE geography_area_import SET status = 'SUCCEEDED', processed = total, counts = CAST(:counts AS jsonb),
				       finished_at = now() WHERE id = :id""")
			.param("counts", json.writeValueAsString(counts))
			.param("id", id)
			.update();
	}

	private boolean exists(String code) {
		return jdbc.sql("SELECT count(*) FROM geography_demarcation WHERE upper(code) = upper(:code)")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	private static String fileName(Request request) {
		String name = request.fileName() == null || request.fileName().isBlank() ? "upload" : request.fileName().trim();
		return name.length() > 300 ? name.substring(0, 300) : name;
	}

	private static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "is required");
		}
		if (value.trim().length() > maxLength) {
			throw new InvalidInput(field, "must be at most " + maxLength + " characters");
		}
		return value.trim();
	}

	private static Integer year(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int year = Integer.parseInt(text.trim());
			if (year >= 1900 && year <= 2200) {
				return year;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw new InvalidInput("year", "must be a year such as 2021, or empty");
	}

	private static boolean bool(String field, String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes", "1" -> true;
			case "false", "off", "no", "0" -> false;
			default -> throw new InvalidInput(field, "must be true or false");
		};
	}

	public Optional<AreaImportJob> job(long id) {
		return worker.find(TABLE, id, this::row);
	}

	public List<AreaImportJob> recent(int count) {
		return worker.recent(TABLE, count, this::row);
	}

	private AreaImportJob row(ResultSet rs, int rowNumber) throws SQLException {
		String countsJson = rs.getString("counts");
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (countsJson != null) {
			// jsonb keeps no key order: put the levels back in order, the country first.
			Map<String, Integer> stored = json.readValue(countsJson, new TypeReference<Map<String, Integer>>() {
			});
			stored.entrySet()
				.stream()
				.sorted(Comparator.comparing(e -> AreaLevel.valueOf(e.getKey().toUpperCase(Locale.ROOT))))
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		}
		List<ImportRejected.Problem> problems = json.readValue(rs.getString("problems"),
				new TypeReference<List<ImportRejected.Problem>>() {
				});
		return new AreaImportJob(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"),
				rs.getString("demarcation"), rs.getString("country"), rs.getString("name"), (Integer) rs.getObject("year"),
				rs.getBoolean("make_current"), rs.getString("status"), rs.getInt("processed"), rs.getInt("total"), counts,
				problems, rs.getString("message"), rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
				rs.getObject("finished_at", OffsetDateTime.class));
	}
}
