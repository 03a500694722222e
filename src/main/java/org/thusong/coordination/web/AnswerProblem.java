package org.thusong.coordination.web;

/**
 * One problem with answers as the reader sees it: the workbook's row as Excel numbers it (none for
 * the file as a whole or for the form), the column's heading (none when it is about the file), and
 * the message, all in the reader's language.
 */
record AnswerProblem(Integer row, String column, String message) {

	/** Where it is, for an API's list of errors: {@code row 4, Value}, or {@code file}. */
	String where() {
		if (row == null || row == 0) {
			return column == null ? "file" : column;
		}
		return column == null ? "row " + row : "row " + row + ", " + column;
	}
}
