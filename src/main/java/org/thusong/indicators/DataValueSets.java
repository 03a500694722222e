package org.thusong.indicators;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
		List<Row> rows = new ArrayList<>();
		try (CsvReader csv = new CsvReader(new StringReader(body == null ? "" : body))) {
			CsvReader.Row header = csv.next();
			if (header == null) {
				throw new InvalidInput("body", "is empty: give a header line and one line per value");
			}
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.fields().size(); i++) {
				columns.put(header.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
			}
			for (String needed : List.of("dataelement", "period", "orgunit", "value")) {
				if (!columns.containsKey(needed)) {
					throw new InvalidInput("header", "needs the columns dataElement, period, orgUnit and value; "
							+ needed + " is missing");
				}
			}
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
					continue;
				}
				Integer comment = columns.get("comment");
				rows.add(new Row("line " + row.line(), row.get(columns.get("dataelement")), row.get(columns.get("period")),
						row.get(columns.get("orgunit")), row.get(columns.get("value")),
						comment == null ? null : row.get(comment)));
			}
		}
		catch (CsvReader.MalformedCsv e) {
			throw new InvalidInput("body", "line " + e.line() + ": " + e.reason());
		}
		catch (IOException e) {
			throw new IllegalStateException("Reading a string cannot fail", e);
		}
		return apply(rows, dryRun, scope, importer);
	}

	private ImportSummary apply(List<Row> rows, boolean dryRun, Scope scope, String importer) {
		List<Conflict> conflicts = new ArrayList<>();
		List<IndicatorValues.NewValue> accepted = new ArrayList<>();
		Map<String, Optional<AreaSummary>> areasByCode = new HashMap<>();
		Map<String, Boolean> elements = new HashMap<>();
		for (Row row : rows) {
			String where = row.where() + ": ";
			String element = blankToNull(row.dataElement());
			if (element == null) {
				conflicts.add(new Conflict("dataElement", where + "dataElement is missing"));
				continue;
			}
			if (!elements.computeIfAbsent(element, e -> library.element(e).isPresent())) {
				conflicts.add(new Conflict(element, where + "no data element has the code '" + element + "'"));
				continue;
			}
			Period period;
			try {
				period = Period.parse(row.period(), "period");
			}
			catch (InvalidInput e) {
				conflicts.add(new Conflict(String.valueOf(row.period()), where + e.getMessage()));
				continue;
			}
			String orgUnit = blankToNull(row.orgUnit());
			Optional<AreaSummary> area = orgUnit == null ? Optional.empty()
					: areasByCode.computeIfAbsent(orgUnit.toUpperCase(Locale.ROOT), c -> areas.find(orgUnit));
			if (area.isEmpty() || !scope.covers(area.get().codePath())) {
				conflicts.add(new Conflict(String.valueOf(orgUnit), where + "no area with the code '" + orgUnit
						+ "' within your scope"));
				continue;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(row.value() == null ? "" : row.value().trim());
			}
			catch (NumberFormatException e) {
				conflicts.add(new Conflict(element, where + "the value '" + row.value() + "' is not a number"));
				continue;
			}
			accepted.add(new IndicatorValues.NewValue(element, area.get().code(), area.get().codePath(), period, value,
					blankToNull(row.comment())));
		}
		if (!conflicts.isEmpty()) {
			return new ImportSummary("ImportSummary", "ERROR", dryRun, new ImportCount(0, 0, rows.size(), 0), conflicts);
		}
		if (dryRun) {
			// Counted as the real import would, then undone: the surrounding transaction rolls back.
			IndicatorValues.Stored would = values.store(accepted, "import by " + importer, importer);
			org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportSummary("ImportSummary", "SUCCESS", true,
					new ImportCount(would.imported(), would.updated(), would.ignored(), 0), List.of());
		}
		IndicatorValues.Stored stored = values.store(accepted, "import by " + importer, importer);
		return new ImportSummary("ImportSummary", "SUCCESS", false,
				new ImportCount(stored.imported(), stored.updated(), stored.ignored(), 0), List.of());
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
