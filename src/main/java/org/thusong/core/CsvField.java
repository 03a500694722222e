package org.thusong.core;

/**
 * One field of RFC 4180 CSV as written: quoted only when it holds a comma, a quote or a line break
 * (a quote doubled); null is the empty field. The writing side of {@link CsvReader}.
 */
public final class CsvField {

	private CsvField() {
	}

	/** A value as its text ({@code toString}); null is the empty field. */
	public static String of(Object value) {
		return of(value == null ? null : value.toString());
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
