package org.thusong.geography.internal;

import java.util.List;

/**
 * An import found problems and kept nothing. Each problem names the line (or feature) and the
 * reason, so the person who made the file can fix it.
 */
public class ImportRejected extends RuntimeException {

	/** One problem: where (a line number, or 0 when it concerns the whole file) and why. */
	public record Problem(int line, String reason) {

		@Override
		public String toString() {
			return line > 0 ? "line " + line + ": " + reason : reason;
		}
	}

	private final List<Problem> problems;

	public ImportRejected(List<Problem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	/** The result, unless there are problems: then an {@code ImportRejected} listing them. */
	public static <T> T unlessAny(List<Problem> problems, T result) {
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		return result;
	}

	public List<Problem> problems() {
		return problems;
	}

	private static String summary(List<Problem> problems) {
		StringBuilder text = new StringBuilder(problems.size() + " problem(s), nothing imported: ");
		problems.stream().limit(10).forEach(p -> text.append(p).append("; "));
		if (problems.size() > 10) {
			text.append("and ").append(problems.size() - 10).append(" more");
		}
		return text.toString().trim();
	}
}
