package org.thusong.planning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.thusong.core.InvalidInput;
import org.thusong.planning.CalculationType;
import org.thusong.planning.Direction;
import org.thusong.planning.ImportProblem;
import org.thusong.planning.KpiDraft;
import org.thusong.planning.KpiPerformance;
import org.thusong.planning.TargetRules;

/**
 * The SDBIP workbook: its template (one sheet "SDBIP", one KPI a row under a header row, and a
 * sheet explaining each column), reading it into checked KPI rows with every problem by row and
 * column, and writing an SDBIP with its actuals back in the same layout.
 */
public final class SdbipWorkbook {

	/** The template's columns, in order: heading and what goes in it. */
	public enum Column {
		REF("KPI ref", "Unique in the SDBIP, e.g. TS1.1 (required)"),
		KPA("KPA", "Key performance area / amaç"),
		OBJECTIVE_CODE("Objective code", "Code of the strategic objective / hedef in the plan, e.g. SO1.1"),
		OBJECTIVE("Objective", "Objective text"),
		INDICATOR("Indicator", "What is measured (required)"),
		UNIT("Unit of measure", "e.g. number of households, %, days (required)"),
		BASELINE("Baseline", "Number"),
		ANNUAL("Annual target", "Number (required); 1 for a milestone"),
		Q1("Q1", "Quarter 1 target"),
		Q2("Q2", "Quarter 2 target"),
		Q3("Q3", "Quarter 3 target"),
		Q4("Q4", "Quarter 4 target"),
		CALCULATION("Calculation type", "cumulative, carry-over, average, maximum or milestone (required)"),
		DIRECTION("Direction", "higher or lower (is better); empty means higher"),
		WARDS("Wards", "Ward numbers or 'all'"),
		DEPARTMENT("Department", "Department code of the organisation, e.g. TECHNICAL"),
		RESPONSIBLE("Responsible official", "Name or post"),
		BUDGET_VOTE("Budget vote", "Vote or project number"),
		BUDGET_AMOUNT("Budget amount", "Number"),
		EVIDENCE("Evidence required", "The portfolio of evidence, e.g. signed completion certificates"),
		TOP_LAYER("Top layer (Y/N)", "Y for a top-layer KPI (council, public), N for departmental"),
		ADDS_UP_TO("Adds up to (top-layer ref)", "For a departmental KPI: the top-layer KPI it contributes to");

		private final String heading;

		private final String help;

		Column(String heading, String help) {
			this.heading = heading;
			this.help = help;
		}

		public String heading() {
			return heading;
		}

		public String help() {
			return help;
		}
	}

	/** Columns the export adds after the template's: the actuals and statuses. */
	static final String[] ACTUAL_COLUMNS = { "Q1 actual", "Q2 actual", "Q3 actual", "Q4 actual", "Q1 status", "Q2 status",
			"Q3 status", "Q4 status", "Year actual", "Year status" };

	/** Rows read and problems found. */
	public record Read(List<KpiDraft> rows, List<ImportProblem> problems) {
	}

	private SdbipWorkbook() {
	}

	public static void template(OutputStream out) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
			Sheet sheet = wb.createSheet("SDBIP");
			header(wb, sheet, List.of());
			Sheet help = wb.createSheet("Columns");
			Row h = help.createRow(0);
			h.createCell(0).setCellValue("Column");
			h.createCell(1).setCellValue("What goes in it");
			int r = 1;
			for (Column c : Column.values()) {
				Row row = help.createRow(r++);
				row.createCell(0).setCellValue(c.heading());
				row.createCell(1).setCellValue(c.help());
			}
			help.createRow(r + 1).createCell(0).setCellValue("One KPI a row from row 2 of the SDBIP sheet. Rows that are "
					+ "wholly empty are skipped. Quarter targets must agree with the calculation type when the organisation requires it "
					+ "(cumulative: Q1 to Q4 add up to the annual target; carry-over: the last quarter equals it; average: their mean; "
					+ "maximum: the highest; milestone: 0 or 1, annual target 1).");
			wb.write(out);
		}
	}

	/**
	 * Reads the workbook. Never throws for bad content: everything wrong is a problem.
	 *
	 * @param departments the organisation's department codes (upper case); a department must be one
	 * @param requireConsistentTargets whether quarter targets must agree with the calculation type
	 */
	public static Read read(InputStream in, Set<String> departments, boolean requireConsistentTargets) {
		List<ImportProblem> problems = new ArrayList<>();
		List<KpiDraft> rows = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheet("SDBIP");
			if (sheet == null) {
				sheet = wb.getNumberOfSheets() > 0 ? wb.getSheetAt(0) : null;
			}
			if (sheet == null) {
				problems.add(ImportProblem.of(0, "file", "planning.import.problem.noSheet"));
				return new Read(rows, problems);
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Map<Column, Integer> index = headings(sheet.getRow(sheet.getFirstRowNum()), formatter, problems);
			if (!problems.isEmpty()) {
				return new Read(rows, problems);
			}
			Set<String> refs = new HashSet<>();
			Map<String, Integer> refRows = new HashMap<>();
			Map<String, Boolean> topLayerByRef = new HashMap<>();
			List<String[]> addsUp = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				RowReader cells = new RowReader(row, index, formatter, r + 1, problems);
				if (cells.empty()) {
					continue;
				}
				KpiDraft draft = cells.draft(departments, requireConsistentTargets);
				if (draft == null) {
					continue;
				}
				if (!refs.add(draft.ref().toUpperCase(Locale.ROOT))) {
					problems.add(ImportProblem.of(r + 1, Column.REF.heading(), "planning.import.problem.refUsed", draft.ref(),
							String.valueOf(refRows.get(draft.ref().toUpperCase(Locale.ROOT)))));
					continue;
				}
				refRows.put(draft.ref().toUpperCase(Locale.ROOT), r + 1);
				topLayerByRef.put(draft.ref().toUpperCase(Locale.ROOT), draft.topLayer());
				if (draft.topLayerRef() != null) {
					addsUp.add(new String[] { Integer.toString(r + 1), draft.topLayerRef() });
				}
				rows.add(draft);
			}
			for (String[] link : addsUp) {
				Boolean top = topLayerByRef.get(link[1].toUpperCase(Locale.ROOT));
				if (top == null || !top) {
					problems.add(ImportProblem.of(Integer.parseInt(link[0]), Column.ADDS_UP_TO.heading(),
							"planning.import.problem.notTopLayer", link[1]));
				}
			}
			if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(ImportProblem.of(0, "file", "planning.import.problem.noRows"));
			}
		}
		catch (IOException | RuntimeException e) {
			problems.add(ImportProblem.of(0, "file", "planning.import.problem.unreadable", e.getClass().getSimpleName()));
		}
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
		return new Read(rows, problems);
	}

	private static Map<Column, Integer> headings(Row header, DataFormatter formatter, List<ImportProblem> problems) {
		Map<String, Integer> found = new HashMap<>();
		if (header != null) {
			for (Cell cell : header) {
				found.put(normal(formatter.formatCellValue(cell)), cell.getColumnIndex());
			}
		}
		Map<Column, Integer> index = new HashMap<>();
		for (Column c : Column.values()) {
			Integer i = found.get(normal(c.heading()));
			if (i == null && c != Column.ADDS_UP_TO) {
				problems.add(ImportProblem.of(1, c.heading(), "planning.import.problem.headingMissing", c.heading()));
			}
			if (i != null) {
				index.put(c, i);
			}
		}
		return index;
	}

	private static String normal(String heading) {
		return heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT);
	}

	/** Reads one row's cells, adding a problem for each bad cell. */
	private static final class RowReader {

		private final Row row;

		private final Map<Column, Integer> index;

		private final DataFormatter formatter;

		private final int number;

		private final List<ImportProblem> problems;

		private boolean bad;

		RowReader(Row row, Map<Column, Integer> index, DataFormatter formatter, int number, List<ImportProblem> problems) {
			this.row = row;
			this.index = index;
			this.formatter = formatter;
			this.number = number;
			this.problems = problems;
		}

		boolean empty() {
			for (Column c : Column.values()) {
				if (text(c) != null) {
					return false;
				}
			}
			return true;
		}

		String text(Column c) {
			Integer i = index.get(c);
			if (i == null) {
				return null;
			}
			Cell cell = row.getCell(i);
			if (cell == null) {
				return null;
			}
			String t = cell.getCellType() == CellType.FORMULA ? formatter.formatCellValue(cell, null) : formatter.formatCellValue(cell);
			return t == null || t.isBlank() ? null : t.strip();
		}

		void problem(Column c, String key, Object... args) {
			problems.add(ImportProblem.of(number, c.heading(), key, args));
			bad = true;
		}

		String required(Column c, int max) {
			String t = text(c);
			if (t == null) {
				problem(c, "planning.import.problem.required");
				return null;
			}
			return limited(c, t, max);
		}

		String optional(Column c, int max) {
			String t = text(c);
			return t == null ? null : limited(c, t, max);
		}

		private String limited(Column c, String t, int max) {
			if (t.length() > max) {
				problem(c, "planning.import.problem.tooLong", String.valueOf(max));
				return null;
			}
			return t;
		}

		BigDecimal number(Column c, boolean required) {
			Integer i = index.get(c);
			Cell cell = i == null ? null : row.getCell(i);
			if (cell != null && cell.getCellType() == CellType.NUMERIC) {
				return org.thusong.planning.PerformanceRules.normal(BigDecimal.valueOf(cell.getNumericCellValue()));
			}
			String t = text(c);
			if (t == null) {
				if (required) {
					problem(c, "planning.import.problem.required");
				}
				return null;
			}
			String n = t.replace(" ", "").replace("\u00a0", "");
			if (n.contains(",") && n.contains(".")) {
				n = n.lastIndexOf(',') > n.lastIndexOf('.') ? n.replace(".", "").replace(',', '.') : n.replace(",", "");
			}
			else {
				n = n.replace(',', '.');
			}
			n = n.replaceFirst("%$", "");
			try {
				return org.thusong.planning.PerformanceRules.normal(new BigDecimal(n));
			}
			catch (NumberFormatException e) {
				problem(c, "planning.import.problem.notNumber", t);
				return null;
			}
		}

		<T> T parsed(Column c, Function<String, T> parser, T fallback, String key) {
			String t = text(c);
			if (t == null) {
				if (fallback == null) {
					problem(c, "planning.import.problem.required");
				}
				return fallback;
			}
			try {
				return parser.apply(t);
			}
			catch (InvalidInput e) {
				problem(c, key, t);
				return fallback;
			}
		}

		KpiDraft draft(Set<String> departments, boolean requireConsistentTargets) {
			String ref = required(Column.REF, 40);
			String indicator = required(Column.INDICATOR, 1000);
			String unit = required(Column.UNIT, 100);
			String kpa = optional(Column.KPA, 300);
			String objectiveCode = optional(Column.OBJECTIVE_CODE, 40);
			String objective = optional(Column.OBJECTIVE, 1000);
			BigDecimal baseline = number(Column.BASELINE, false);
			BigDecimal annual = number(Column.ANNUAL, true);
			BigDecimal q1 = number(Column.Q1, false);
			BigDecimal q2 = number(Column.Q2, false);
			BigDecimal q3 = number(Column.Q3, false);
			BigDecimal q4 = number(Column.Q4, false);
			CalculationType type = parsed(Column.CALCULATION, t -> CalculationType.parse("calculationType", t), null,
					"planning.import.problem.calculationType");
			Direction direction = parsed(Column.DIRECTION, t -> Direction.parse("direction", t), Direction.HIGHER_IS_BETTER,
					"planning.import.problem.direction");
			String wards = optional(Column.WARDS, 500);
			String department = optional(Column.DEPARTMENT, 40);
			if (department != null) {
				department = department.toUpperCase(Locale.ROOT);
				if (!departments.contains(department)) {
					problem(Column.DEPARTMENT, "planning.import.problem.unknownDepartment", department,
							String.join(", ", new java.util.TreeSet<>(departments)));
				}
			}
			String responsible = optional(Column.RESPONSIBLE, 200);
			String vote = optional(Column.BUDGET_VOTE, 100);
			BigDecimal amount = number(Column.BUDGET_AMOUNT, false);
			if (amount != null && amount.signum() < 0) {
				problem(Column.BUDGET_AMOUNT, "planning.import.problem.negative");
			}
			String evidence = optional(Column.EVIDENCE, 1000);
			Boolean top = parsed(Column.TOP_LAYER, SdbipWorkbook::yesNo, Boolean.FALSE, "planning.import.problem.topLayer");
			String addsUp = optional(Column.ADDS_UP_TO, 40);
			if (Boolean.TRUE.equals(top) && addsUp != null) {
				problem(Column.ADDS_UP_TO, "planning.import.problem.addsUpOnlyDepartmental");
			}
			if (!bad && type != null && annual != null && requireConsistentTargets) {
				for (TargetRules.Problem p : TargetRules.check(type, direction, annual, java.util.Arrays.asList(q1, q2, q3, q4))) {
					problem(switch (p.column()) {
						case "q1" -> Column.Q1;
						case "q2" -> Column.Q2;
						case "q3" -> Column.Q3;
						case "q4" -> Column.Q4;
						default -> Column.ANNUAL;
					}, p.key(), p.args().toArray());
				}
			}
			if (bad) {
				return null;
			}
			return new KpiDraft(ref, kpa, objectiveCode, objective, indicator, unit, baseline, annual, q1, q2, q3, q4, type,
					direction, wards, department, responsible, vote, amount, evidence, top, addsUp);
		}
	}

	static Boolean yesNo(String text) {
		return switch (text.strip().toUpperCase(Locale.forLanguageTag("tr"))) {
			case "Y", "YES", "E", "EVET", "TRUE", "1" -> Boolean.TRUE;
			case "N", "NO", "H", "HAYIR", "FALSE", "0" -> Boolean.FALSE;
			default -> throw new InvalidInput("topLayer", "must be Y or N, not '" + text.strip() + "'");
		};
	}

	/** Writes KPIs with their actuals and statuses in the template's layout, plus the actual columns. */
	public static void export(List<KpiPerformance> kpis, Function<String, String> statusLabel, OutputStream out) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			Sheet sheet = wb.createSheet("SDBIP");
			header(wb, sheet, List.of(ACTUAL_COLUMNS));
			int r = 1;
			for (KpiPerformance p : kpis) {
				var k = p.kpi();
				Row row = sheet.createRow(r++);
				int c = 0;
				text(row, c++, k.ref());
				text(row, c++, k.kpa());
				text(row, c++, k.objectiveCode());
				text(row, c++, k.objective());
				text(row, c++, k.indicator());
				text(row, c++, k.unit());
				num(row, c++, k.baseline());
				num(row, c++, k.annualTarget());
				num(row, c++, k.q1Target());
				num(row, c++, k.q2Target());
				num(row, c++, k.q3Target());
				num(row, c++, k.q4Target());
				text(row, c++, k.calculationType().name().toLowerCase(Locale.ROOT).replace('_', '-'));
				text(row, c++, k.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower");
				text(row, c++, k.wards());
				text(row, c++, k.departmentCode());
				text(row, c++, k.responsible());
				text(row, c++, k.budgetVote());
				num(row, c++, k.budgetAmount());
				text(row, c++, k.evidenceRequired());
				text(row, c++, k.topLayer() ? "Y" : "N");
				text(row, c++, k.topLayerRef());
				for (int q = 1; q <= 4; q++) {
					num(row, c++, p.quarter(q).actual());
				}
				for (int q = 1; q <= 4; q++) {
					text(row, c++, statusLabel.apply(p.quarter(q).status().messageKey()));
				}
				num(row, c++, p.year().value());
				text(row, c, statusLabel.apply(p.year().status().messageKey()));
			}
			wb.write(out);
		}
	}

	private static void header(Workbook wb, Sheet sheet, List<String> extra) {
		CellStyle bold = wb.createCellStyle();
		Font font = wb.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row h = sheet.createRow(0);
		int i = 0;
		for (Column c : Column.values()) {
			Cell cell = h.createCell(i++);
			cell.setCellValue(c.heading());
			cell.setCellStyle(bold);
		}
		for (String e : extra) {
			Cell cell = h.createCell(i++);
			cell.setCellValue(e);
			cell.setCellStyle(bold);
		}
		sheet.createFreezePane(1, 1);
	}

	private static void text(Row row, int c, String value) {
		if (value != null) {
			row.createCell(c).setCellValue(value);
		}
	}

	private static void num(Row row, int c, BigDecimal value) {
		if (value != null) {
			row.createCell(c).setCellValue(value.doubleValue());
		}
	}
}
