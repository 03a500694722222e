package org.thusong.planning;

/**
 * One problem found in an SDBIP workbook: the spreadsheet row as Excel numbers it (the header is
 * row 1; 0 for the file as a whole), the column's heading and what is wrong.
 */
public record ImportProblem(int row, String column, String message) {
}
