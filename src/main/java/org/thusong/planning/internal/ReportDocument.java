package org.thusong.planning.internal;

import java.util.List;

/**
 * A report's content before it becomes a PDF or a workbook: title, organisation and period (on
 * every page), a summary of statuses, and the table.
 */
public record ReportDocument(String title, String organisation, String period, String generated, String note,
		List<String[]> summary, List<String> columns, List<List<String>> rows, String demoNotice) {
}
