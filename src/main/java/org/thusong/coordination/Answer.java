package org.thusong.coordination;

/**
 * One answer a municipality gives: the question (a data element's code and a period), the value as
 * typed, an optional comment, and where it was given (a form field, a workbook row), so that a
 * refusal can point at it. A blank value is no answer: the question stays open.
 */
public record Answer(String place, String dataElement, String period, String value, String comment) {
}
