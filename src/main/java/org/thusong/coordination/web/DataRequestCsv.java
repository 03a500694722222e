package org.thusong.coordination.web;

import org.thusong.coordination.DataRequestView;
import org.thusong.core.CsvField;

/** A data request's values as DHIS2's data value set CSV, with how each was answered in the comment. */
final class DataRequestCsv {

	private DataRequestCsv() {
	}

	static String of(DataRequestView view) {
		StringBuilder out = new StringBuilder("dataElement,period,orgUnit,value,comment\n");
		for (DataRequestView.Cell c : view.cells()) {
			out.append(CsvField.of(c.dataElement())).append(',').append(c.period()).append(',').append(c.orgUnit()).append(',')
				.append(c.value() == null ? "" : c.value().toPlainString()).append(',')
				.append(c.answered() ? c.how().name().toLowerCase(java.util.Locale.ROOT) : "not answered yet").append('\n');
		}
		return out.toString();
	}
}
