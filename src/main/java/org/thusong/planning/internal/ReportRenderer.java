package org.thusong.planning.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.thusong.core.HtmlPdf;

/**
 * Renders a {@link ReportDocument} as PDF (HTML through openhtmltopdf, DejaVu Sans so that Turkish
 * letters print, the organisation and period in every page's running header, page numbers in the
 * footer) or as XLSX (the same in the print header of every sheet and in the first rows).
 */
public final class ReportRenderer {

	private ReportRenderer() {
	}

	public static byte[] pdf(ReportDocument d) {
		StringBuilder html = new StringBuilder(8192 + d.rows().size() * 400);
		html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>").append(esc(d.title())).append("</title><style>")
			.append("@page { size: A4 landscape; margin: 22mm 12mm 16mm 12mm; ")
			.append("@top-center { content: element(head); } @bottom-right { content: counter(page) ' / ' counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }")
			.append("body { font-family: 'DejaVu Sans'; font-size: 8pt; } #head { position: running(head); font-size: 8pt; border-bottom: 1px solid #555; width: 100%; }")
			.append("h1 { font-size: 14pt; margin: 0 0 4pt 0; } table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }")
			.append("th, td { border: 1px solid #999; padding: 2pt 3pt; vertical-align: top; } th { background: #e8e8e8; } thead { display: table-header-group; }")
			.append(".summary td { border: none; } .note { color: #333; }")
			.append("</style></head><body>")
			.append("<div id=\"head\">").append(esc(d.organisation())).append(" · ").append(esc(d.title())).append(" · ")
			.append(esc(d.period())).append("</div>")
			.append("<h1>").append(esc(d.title())).append("</h1><p><b>").append(esc(d.organisation())).append("</b> · ")
			.append(esc(d.period())).append("</p><p class=\"note\">").append(esc(d.generated())).append("</p>");
		if (d.demoNotice() != null) {
			html.append("<p><b>").append(esc(d.demoNotice())).append("</b></p>");
		}
		if (d.note() != null) {
			html.append("<p class=\"note\">").append(esc(d.note())).append("</p>");
		}
		html.append("<table class=\"summary\"><tbody>");
		for (String[] s : d.summary()) {
			html.append("<tr><td>").append(esc(s[0])).append("</td><td><b>").append(esc(s[1])).append("</b></td></tr>");
		}
		html.append("</tbody></table><p></p><table><thead><tr>");
		for (String c : d.columns()) {
			html.append("<th>").append(esc(c)).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (List<String> row : d.rows()) {
			html.append("<tr>");
			for (String cell : row) {
				html.append("<td>").append(esc(cell)).append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table></body></html>");
		return HtmlPdf.render(html.toString());
	}

	public static byte[] xlsx(ReportDocument d) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = wb.createSheet(safeSheetName(d.title()));
			sheet.getHeader().setCenter(d.organisation() + " · " + d.title() + " · " + d.period());
			sheet.getFooter().setRight("&P / &N");
			int r = 0;
			cell(sheet.createRow(r++), 0, d.title(), bold);
			cell(sheet.createRow(r++), 0, d.organisation(), null);
			cell(sheet.createRow(r++), 0, d.period(), null);
			cell(sheet.createRow(r++), 0, d.generated(), null);
			if (d.demoNotice() != null) {
				cell(sheet.createRow(r++), 0, d.demoNotice(), bold);
			}
			if (d.note() != null) {
				cell(sheet.createRow(r++), 0, d.note(), null);
			}
			for (String[] s : d.summary()) {
				Row row = sheet.createRow(r++);
				cell(row, 0, s[0], null);
				cell(row, 1, s[1], bold);
			}
			r++;
			Row head = sheet.createRow(r++);
			for (int c = 0; c < d.columns().size(); c++) {
				cell(head, c, d.columns().get(c), bold);
			}
			sheet.createFreezePane(0, r);
			for (List<String> values : d.rows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					String v = values.get(c);
					if (v != null && v.matches("-?\\d+(\\.\\d+)?")) {
						row.createCell(c).setCellValue(Double.parseDouble(v));
					}
					else {
						cell(row, c, v, null);
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String safeSheetName(String title) {
		String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return s.length() > 31 ? s.substring(0, 31) : s;
	}

	private static void cell(Row row, int c, String value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(c);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length());
		for (char ch : s.toCharArray()) {
			switch (ch) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				default -> {
					if (ch >= 0x20 || ch == '\n' || ch == '\t') {
						b.append(ch);
					}
				}
			}
		}
		return b.toString();
	}
}
