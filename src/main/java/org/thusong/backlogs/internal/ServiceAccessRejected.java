package org.thusong.backlogs.internal;

import java.util.List;

/**
 * A service-access file that cannot be loaded, with every problem by line; nothing of it is kept.
 */
public class ServiceAccessRejected extends RuntimeException {

	/** What is wrong on one line (0 for the file as a whole). */
	public record Problem(int line, String field, String rule) {

		@Override
		public String toString() {
			return (line > 0 ? "line " + line + ": " : "") + field + ": " + rule;
		}
	}

	private final List<Problem> problems;

	private final int problemCount;

	public ServiceAccessRejected(List<Problem> problems, int problemCount) {
		super(problemCount + " problem(s); first: " + (problems.isEmpty() ? "" : problems.get(0)));
		this.problems = List.copyOf(problems);
		this.problemCount = problemCount;
	}

	/** The first problems (at most {@link ServiceAccessFile#MAX_PROBLEMS}). */
	public List<Problem> problems() {
		return problems;
	}

	/** How many problems the file has in all. */
	public int problemCount() {
		return problemCount;
	}
}
