package org.thusong.projects.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.projects.NewProject;
import org.thusong.projects.ProjectRegister;

/**
 * Reads a project list (CSV or XLSX, one project a row, wards separated by semicolons) and checks
 * every row with the register's own rules. A dry run only reports; a load registers every row in
 * one transaction, and only when no row has a problem: nothing is half-imported.
 */
@Service
public class ProjectImport {

	public static final List<String> COLUMNS = List.of("owner_code", "title", "service", "wards", "households", "stage", "budget", "progress",
			"start_date", "planned_completion", "funding_source", "financial_year", "funding_amount", "service_providers", "contractors",
			"idp_objective", "growth_potential");

	static final int MAX_ROWS = 5_000;

	private final ProjectRegister register;

	ProjectImport(ProjectRegister register) {
		this.register = register;
	}

	/** What a run found: rows read, problems by line (none means sound), and the projects registered. */
	public record Result(boolean dryRun, int rows, List<String> problems, List<Long> registered) {
	}

	@Transactional
	public Result run(Scope scope, byte[] content, String fileName, boolean dryRun, String by) {
		List<Map<String, String>> rows;
		try {
			rows = isXlsx(content) ? readXlsx(content) : readCsv(content);
		}
		catch (IllegalArgumentException e) {
			return new Result(dryRun, 0, List.of(e.getMessage()), List.of());
		}
		catch (IOException | RuntimeException e) {
			return new Result(dryRun, 0, List.of("file: cannot be read as CSV or XLSX (" + e.getClass().getSimpleName() + ")"), List.of());
		}
		List<String> problems = new ArrayList<>();
		List<NewProject> projects = new ArrayList<>();
		for (Map<String, String> row : rows) {
			String line = row.get("#line");
			try {
				NewProject project = toProject(row);
				register.check(scope, project);
				projects.add(project);
			}
			catch (InvalidInput | Conflict e) {
				problems.add("line " + line + ": " + e.getMessage());
			}
		}
		if (rows.isEmpty()) {
			problems.add("file: has no rows below the header");
		}
		if (!problems.isEmpty() || dryRun) {
			return new Result(dryRun, rows.size(), problems, List.of());
		}
		List<Long> ids = new ArrayList<>();
		for (NewProject project : projects) {
			ids.add(register.register(scope, project, by));
		}
		return new Result(false, rows.size(), List.of(), ids);
	}

	private static NewProject toProject(Map<String, String> row) {
		List<org.thusong.projects.Funding> funding = new ArrayList<>();
		String amount = row.get("funding_amount");
		if (amount != null && !amount.isBlank()) {
			funding.add(new org.thusong.projects.Funding(org.thusong.projects.FundingSource.parse("funding_source", row.get("funding_source")),
					integer("financial_year", row.get("financial_year"), null), decimal("funding_amount", amount)));
		}
		String wards = row.getOrDefault("wards", "");
		return new NewProject(row.get("owner_code"), row.get("title"), row.get("service"),
				java.util.Arrays.stream(wards.split("[;\\s]+")).filter(s -> !s.isBlank()).toList(), null, integer("households", row.get("households"), null),
				row.get("stage"), decimal("budget", row.get("budget")), integer("progress", row.get("progress"), 0), date("start_date", row.get("start_date")),
				date("planned_completion", row.get("planned_completion")), row.get("service_providers"), row.get("contractors"), row.get("idp_objective"),
				integer("growth_potential", row.get("growth_potential"), 0), funding);
	}

	private static Integer integer(String field, String text, Integer blank) {
		if (text == null || text.isBlank()) {
			if (blank == null) {
				throw new InvalidInput(field, "is required");
			}
			return blank;
		}
		try {
			return (int) Double.parseDouble(text.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be a whole number, not '" + text + "'");
		}
	}

	private static java.math.BigDecimal decimal(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "is required");
		}
		try {
			return new java.math.BigDecimal(text.trim().replace(" ", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be an amount in rand, not '" + text + "'");
		}
	}

	private static java.time.LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInput(field, "must be a date such as 2026-07-01, not '" + text + "'");
		}
	}

	private static boolean isXlsx(byte[] content) {
		return content.length > 2 && content[0] == 'P' && content[1] == 'K';
	}

	private static List<Map<String, String>> readCsv(byte[] content) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null) {
				return rows;
			}
			List<String> names = header(split(header.replace("\uFEFF", "")));
			String text;
			int line = 1;
			while ((text = reader.readLine()) != null) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				List<String> cells = split(text);
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < names.size() && i < cells.size(); i++) {
					row.put(names.get(i), cells.get(i).trim());
				}
				row.put("#line", String.valueOf(line));
				rows.add(limit(rows, row));
			}
		}
		return rows;
	}

	private static List<Map<String, String>> readXlsx(byte[] content) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row head = sheet.getRow(sheet.getFirstRowNum());
			List<String> raw = new ArrayList<>();
			for (Cell cell : head) {
				raw.add(formatter.formatCellValue(cell));
			}
			List<String> names = header(raw);
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				boolean any = false;
				for (int i = 0; i < names.size(); i++) {
					Cell cell = row.getCell(i);
					String value = cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							&& org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
									? cell.getLocalDateTimeCellValue().toLocalDate().toString() : formatter.formatCellValue(cell);
					values.put(names.get(i), value.trim());
					any |= !value.isBlank();
				}
				if (any) {
					values.put("#line", String.valueOf(r + 1));
					rows.add(limit(rows, values));
				}
			}
		}
		return rows;
	}

	private static Map<String, String> limit(List<Map<String, String>> rows, Map<String, String> row) {
		if (rows.size() >= MAX_ROWS) {
			throw new IllegalArgumentException("file: has more than " + MAX_ROWS + " rows; split it");
		}
		return row;
	}

	private static List<String> header(List<String> raw) {
		List<String> names = raw.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
		List<String> missing = List.of("owner_code", "title", "service", "wards", "households", "budget").stream()
			.filter(c -> !names.contains(c))
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("line 1: header lacks the column(s) " + String.join(", ", missing) + "; expected " + String.join(",", COLUMNS));
		}
		return names;
	}

	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
