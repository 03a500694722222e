package org.thusong.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Each record
 * knows the line it started on, so that an import can name the line of a bad row.
 */
public final class CsvReader implements AutoCloseable {

	/** One record and the 1-based line number it began on. */
	public record Row(int line, List<String> fields) {

		public String get(int index) {
			return index < fields.size() ? fields.get(index) : null;
		}
	}

	private final BufferedReader in;

	private int line = 0;

	public CsvReader(Reader reader) {
		this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
	}

	/** The next record, or {@code null} at the end. */
	public Row next() throws IOException {
		String text = in.readLine();
		if (text == null) {
			return null;
		}
		line++;
		int startLine = line;
		if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (true) {
			if (i >= text.length()) {
				if (quoted) {
					String more = in.readLine();
					if (more == null) {
						throw new MalformedCsv(startLine, "a quoted field is not closed before the end of the file");
					}
					line++;
					field.append('\n');
					text = more;
					i = 0;
					continue;
				}
				fields.add(field.toString());
				return new Row(startLine, fields);
			}
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
			i++;
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** A CSV syntax error at a line. */
	public static final class MalformedCsv extends RuntimeException {

		private final int line;

		private final String reason;

		public MalformedCsv(int line, String reason) {
			super("line " + line + ": " + reason);
			this.line = line;
			this.reason = reason;
		}

		public int line() {
			return line;
		}

		/** What is wrong, without the line number (which {@link #line()} gives). */
		public String reason() {
			return reason;
		}
	}
}
