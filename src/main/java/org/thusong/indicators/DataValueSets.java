package org.thusong.indicators;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.thusong.core.CsvField;
import org.thusong.core.CsvReader;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exchange with DHIS2 in its data value set format, JSON ({@code {"dataValues": [...]}}) and CSV
 * (a header naming {@code dataElement}, {@code period}, {@code orgUnit}, {@code value} and
 * optionally {@code comment}; DHIS2's other columns are read past). An import checks every value
 * first: an unknown data element, a period not in ISO form, an orgUnit that is no area or lies
 * outside the importer's scope, a value that is not a number: each is a conflict naming it, and an
 * import with any conflict keeps nothing. A dry run checks and counts without keeping.
 */
@Service
public class DataValueSets {

	/** DHIS2's import summary: counts, and each conflict with the object it concerns. */
	public record ImportSummary(String responseType, String status, boolean dryRun, ImportCount importCount,
			List<Conflict> conflicts) {
	}

	public record ImportCount(int imported, int updated, int ignored, int deleted) {
	}

	public record Conflict(String object, String value) {
	}

	/** One value as the file gives it, with where it stands: a CSV line or a place in the JSON array. */
	record Row(String where, String dataElement, String period, String orgUnit, String value, String comment) {
	}

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	private final Areas areas;

	private final JsonMapper json;

	DataValueSets(IndicatorLibrary library, IndicatorValues values, Areas areas, JsonMapper json) {
		this.library = library;
		this.values = values;
		this.areas = areas;
		this.json = json;
	}

	@Transactional
	public ImportSummary importJson(String body, boolean dryRun, Scope scope, String importer) {
		List<Row> rows = new ArrayList<>();
		try {
			JsonNode root = json.readTree(body == null ? "" : body);
			JsonNode list = root == null ? null : root.get("dataValues");
			if (list == null || !list.isArray()) {
				throw new InvalidInput("dataValues", "the body must be a JSON object with a dataValues array");
			}
			int i = 0;
			for (JsonNode v : list) {
				rows.add(new Row("dataValues[" + i++ + "]", text(v, "dataElement"), text(v, "period"), text(v, "orgUnit"), text(v, "value"),
						text(v, "comment")));
			}
		}
		catch (JacksonException e) {
			throw new InvalidInput("body", "is not valid JSON: " + e.getOriginalMessage());
		}
		return apply(rows, dryRun, scope, importer);
	}

	@Transactional
	public ImportSummary importCsv(String body, boolean dryRun, Scope scope, String importer) {
		String text = body == null ? "" : body;
		Map<String, Integer> columns = new HashMap<>();
		try (CsvReader csv = new CsvReader(new StringReader(text))) {
			CsvReader.Row header = csv.next();
			if (header == null) {
				throw new InvalidInput("body", "is empty: give a header line and one line per value");
			}
			for (int i = 0; i < header.fields().size(); i++) {
				columns.put(header.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
			}
		}
		catch (CsvReader.MalformedCsv e) {
			throw new InvalidInput("body", "line " + e.line() + ": " + e.reason());
		}
		catch (IOException e) {
			throw new IllegalStateException("Reading a string cannot fail", e);
		}
		for (String needed : List.of("dataelement", "period", "orgunit", "value")) {
			if (!columns.containsKey(needed)) {
				throw new InvalidInput("header", "needs the columns dataElement, period, orgUnit and value; "
						+ needed + " is missing");
			}
		}
		try {
			// Read as the values are checked and sent on, not held: a million values as rows would
			// take several hundred megabytes.
			return apply(() -> new CsvRows(new CsvReader(new StringReader(text)), columns), dryRun, scope, importer);
		}
		catch (CsvReader.MalformedCsv e) {
			throw new InvalidInput("body", "line " + e.line() + ": " + e.reason());
		}
	}

	/** The values of a CSV body, a line at a time; blank lines are read past. */
	private static final class CsvRows implements Iterator<Row> {

		private final CsvReader csv;

		private final int element;

		private final int period;

		private final int orgUnit;

		private final int value;

		private final Integer comment;

		private Row next;

		/** The rows after the header line. */
		CsvRows(CsvReader csv, Map<String, Integer> columns) {
			this.csv = csv;
			try {
				csv.next();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			this.element = columns.get("dataelement");
			this.period = columns.get("period");
			this.orgUnit = columns.get("orgunit");
			this.value = columns.get("value");
			this.comment = columns.get("comment");
		}

		@Override
		public boolean hasNext() {
			if (next != null) {
				return true;
			}
			try {
				CsvReader.Row row = csv.next();
				while (row != null && row.fields().size() == 1 && row.fields().get(0).isBlank()) {
					row = csv.next();
				}
				next = row == null ? null : new Row("line " + row.line(), row.get(element), row.get(period), row.get(orgUnit),
						row.get(value), comment == null ? null : row.get(comment));
				return next != null;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public Row next() {
			if (next == null && !hasNext()) {
				throw new NoSuchElementException();
			}
			Row row = next;
			next = null;
			return row;
		}
	}

	/**
	 * Checks each value and, while none has conflicted, streams it on to the database (so that a
	 * large import is checked and sent in one pass); any conflict abandons the stream and the
	 * transaction keeps nothing.
	 */
	private ImportSummary apply(Iterable<Row> rows, boolean dryRun, Scope scope, String importer) {
		// The elements and areas named are looked up first, all at once: once values stream to the
		// database its connection is busy with the COPY until the last one is sent.
		Set<String> elementCodes = new HashSet<>();
		Set<String> areaCodes = new HashSet<>();
		for (Row row : rows) {
			elementCodes.add(blankToNull(row.dataElement()));
			areaCodes.add(blankToNull(row.orgUnit()));
		}
		elementCodes.remove(null);
		areaCodes.remove(null);
		Set<String> elements = new HashSet<>();
		library.elements(List.copyOf(elementCodes)).forEach(e -> elements.add(e.code()));
		Map<String, AreaSummary> areasByCode = new HashMap<>(areas.findAll(areaCodes));
		areasByCode.values().removeIf(area -> !scope.covers(area.codePath()));
		Map<String, Period> periods = new HashMap<>();
		List<Conflict> conflicts = new ArrayList<>();
		IncomingValues incoming = values.receive();
		int count = 0;
		try {
			for (Row row : rows) {
				count++;
				Optional<IndicatorValues.NewValue> value = check(row, conflicts, elements, areasByCode, periods);
				if (value.isPresent() && conflicts.isEmpty()) {
					incoming.add(value.get());
				}
			}
			if (!conflicts.isEmpty()) {
				incoming.abandon();
				return new ImportSummary("ImportSummary", "ERROR", dryRun, new ImportCount(0, 0, count, 0), conflicts);
			}
			IndicatorValues.Stored stored = values.merge(incoming, "import by " + importer, importer);
			if (dryRun) {
				// Counted as the real import would, then undone: the surrounding transaction rolls back.
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			}
			return new ImportSummary("ImportSummary", "SUCCESS", dryRun,
					new ImportCount(stored.imported(), stored.updated(), stored.ignored(), 0), List.of());
		}
		catch (SQLException e) {
			incoming.abandon();
			throw new IllegalStateException("Could not stream the values to the database", e);
		}
		catch (RuntimeException e) {
			incoming.abandon();
			throw e;
		}
	}

	/** One value checked: the value to keep, or empty with its conflict added. */
	private static Optional<IndicatorValues.NewValue> check(Row row, List<Conflict> conflicts, Set<String> elements,
			Map<String, AreaSummary> areasByCode, Map<String, Period> periods) {
		String where = row.where() + ": ";
		String element = blankToNull(row.dataElement());
		if (element == null) {
			conflicts.add(new Conflict("dataElement", where + "dataElement is missing"));
			return Optional.empty();
		}
		if (!elements.contains(element)) {
			conflicts.add(new Conflict(element, where + "no data element has the code '" + element + "'"));
			return Optional.empty();
		}
		Period period = periods.get(row.period());
		if (period == null) {
			try {
				period = Period.parse(row.period(), "period");
				periods.put(row.period(), period);
			}
			catch (InvalidInput e) {
				conflicts.add(new Conflict(String.valueOf(row.period()), where + e.getMessage()));
				return Optional.empty();
			}
		}
		String orgUnit = blankToNull(row.orgUnit());
		AreaSummary area = orgUnit == null ? null : areasByCode.get(orgUnit);
		if (area == null) {
			conflicts.add(new Conflict(String.valueOf(orgUnit), where + "no area with the code '" + orgUnit
					+ "' within your scope"));
			return Optional.empty();
		}
		BigDecimal value;
		try {
			value = new BigDecimal(row.value() == null ? "" : row.value().trim());
		}
		catch (NumberFormatException e) {
			conflicts.add(new Conflict(element, where + "the value '" + row.value() + "' is not a number"));
			return Optional.empty();
		}
		return Optional.of(new IndicatorValues.NewValue(element, area.code(), area.codePath(), period, value,
				blankToNull(row.comment())));
	}

	/** The values as DHIS2's CSV: a header, then one line per value. */
	public String csv(List<DataValue> list) {
		StringBuilder out = new StringBuilder("dataElement,period,orgUnit,value,storedBy,lastUpdated,comment\n");
		for (DataValue v : list) {
			out.append(CsvField.of(v.dataElement())).append(',').append(CsvField.of(v.period())).append(',')
				.append(CsvField.of(v.orgUnit())).append(',').append(v.value().toPlainString()).append(',')
				.append(CsvField.of(v.source())).append(',').append(v.updatedAt()).append(',')
				.append(CsvField.of(v.comment())).append('\n');
		}
		return out.toString();
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || v.isNull() ? null : v.asString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
