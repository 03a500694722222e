package org.thusong.coordination.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thusong.coordination.Answer;
import org.thusong.coordination.Ask;

/**
 * A municipality's questions as a workbook to answer offline: one sheet, a header row, one row per
 * question (the requests that want it, the data element, its definition and unit, the period, the
 * due date), a Value and a Comment column to fill in; answers already given are filled in. Reading
 * it back gives one {@link Answer} per row, placed by its row number as Excel counts rows; only a
 * file that is not a workbook of this layout is refused here, everything else is the service's to
 * check.
 */
final class AnswersWorkbook {

	/** The columns, in order, by the last part of their heading's message key. */
	enum Column {
		REFERENCE("reference", 18), DATA_ELEMENT("dataElement", 16), NAME("name", 36), DEFINITION("definition", 48),
		UNIT("unit", 12), PERIOD("period", 12), DUE_ON("dueOn", 12), VALUE("value", 14), COMMENT("comment", 36);

		private final String key;

		private final int width;

		Column(String key, int width) {
			this.key = key;
			this.width = width;
		}

		String messageKey() {
			return "coordination.answers.column." + key;
		}
	}

	/** More rows than any municipality is asked at once; a bigger sheet is not this form. */
	static final int MOST_ROWS = 20_000;

	/** A file that cannot be read as this form: the row (0 for the file) and column it is about, the message key and arguments. */
	record Refusal(int row, Column column, String messageKey, List<String> arguments) {
	}

	/** The answers read, or why the file could not be read. */
	record Read(List<Answer> answers, List<Refusal> refusals) {
	}

	private AnswersWorkbook() {
	}

	/**
	 * @param text the reader's messages by key (headings, the sheet's name)
	 */
	static byte[] of(List<Ask> asks, Function<String, String> text) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text.apply("coordination.answers.sheet"));
			CellStyle heading = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			heading.setFont(bold);
			heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			// The question's columns look settled; the two to fill in stay white.
			CellStyle given = book.createCellStyle();
			given.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			given.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			given.setWrapText(true);
			Row head = sheet.createRow(0);
			for (Column c : Column.values()) {
				Cell cell = head.createCell(c.ordinal());
				cell.setCellValue(text.apply(c.messageKey()));
				cell.setCellStyle(heading);
				sheet.setColumnWidth(c.ordinal(), c.width * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (Ask a : asks) {
				Row row = sheet.createRow(r++);
				String[] question = { String.join(", ", a.requests()), a.dataElement(), a.elementName(), a.definition(), a.unit(),
						a.period(), a.dueOn().toString() };
				for (int c = 0; c < question.length; c++) {
					Cell cell = row.createCell(c);
					cell.setCellValue(question[c] == null ? "" : question[c]);
					cell.setCellStyle(given);
				}
				if (a.answer() != null) {
					row.createCell(Column.VALUE.ordinal()).setCellValue(a.answer().doubleValue());
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Writing a workbook in memory cannot fail", e);
		}
	}

	/**
	 * @param headings for each column, the headings accepted (in every language the form is given in)
	 */
	static Read read(byte[] content, Function<Column, List<String>> headings) {
		// An .xlsx is a zip file; anything else (a CSV, an old .xls, a PDF) is refused before POI guesses.
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
			return refused(new Refusal(0, null, "coordination.answers.problem.notXlsx", List.of()));
		}
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (book.getNumberOfSheets() == 0) {
				return refused(new Refusal(0, null, "coordination.answers.problem.notXlsx", List.of()));
			}
			Sheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<Refusal> refusals = new ArrayList<>();
			Row head = sheet.getRow(0);
			for (Column c : Column.values()) {
				String found = head == null ? "" : formatter.formatCellValue(head.getCell(c.ordinal())).strip();
				List<String> accepted = headings.apply(c);
				if (accepted.stream().noneMatch(h -> h.equalsIgnoreCase(found))) {
					refusals.add(new Refusal(1, c, "coordination.answers.problem.heading", List.of(accepted.get(0), found)));
				}
			}
			if (sheet.getLastRowNum() > MOST_ROWS) {
				refusals.add(new Refusal(0, null, "coordination.answers.problem.tooManyRows", List.of(String.valueOf(MOST_ROWS))));
			}
			if (!refusals.isEmpty()) {
				return new Read(List.of(), refusals);
			}
			List<Answer> answers = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				answers.add(new Answer(String.valueOf(r + 1), text(row, Column.DATA_ELEMENT, formatter),
						text(row, Column.PERIOD, formatter), value(row.getCell(Column.VALUE.ordinal()), formatter),
						text(row, Column.COMMENT, formatter)));
			}
			return new Read(answers, List.of());
		}
		catch (IOException | RuntimeException e) {
			// POI reports a damaged or foreign zip with a variety of runtime exceptions.
			return refused(new Refusal(0, null, "coordination.answers.problem.notXlsx", List.of()));
		}
	}

	private static Read refused(Refusal refusal) {
		return new Read(List.of(), List.of(refusal));
	}

	private static String text(Row row, Column column, DataFormatter formatter) {
		return formatter.formatCellValue(row.getCell(column.ordinal())).strip();
	}

	/**
	 * A value as its digits: a number cell in full (not as Excel would show it, 1.23E+07), a text
	 * cell as typed, a formula by its result.
	 */
	private static String value(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue().strip();
			case BLANK -> "";
			default -> formatter.formatCellValue(cell).strip();
		};
	}
}
