package org.thusong.planning;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.context.MessageSource;

/**
 * One problem found in an SDBIP workbook: the spreadsheet row as Excel numbers it (the header is
 * row 1; 0 for the file as a whole), the column's heading and what is wrong. What is wrong is a
 * message key of the planning bundle with its arguments, so that the problem can be told in the
 * reader's language ({@link #in}); {@code message} is the text in that language (a problem
 * without a key, such as a refusal from the store, carries its text as it came). Over the API
 * only row, column and message are written.
 */
public record ImportProblem(int row, String column, String message, @JsonIgnore String key, @JsonIgnore List<Object> args) {

	public ImportProblem(int row, String column, String message) {
		this(row, column, message, null, List.of());
	}

	/** A problem to be told with the planning bundle's {@code key} and its arguments. */
	public static ImportProblem of(int row, String column, String key, Object... args) {
		return new ImportProblem(row, column, null, key, Collections.unmodifiableList(Arrays.asList(args)));
	}

	/** The same problem with its message in {@code locale}. */
	public ImportProblem in(MessageSource messages, Locale locale) {
		if (key == null) {
			return this;
		}
		String text = messages.getMessage(key, args.isEmpty() ? null : args.toArray(), key, locale);
		return new ImportProblem(row, column, text, key, args);
	}
}
