package org.thusong.coordination;

import java.util.List;

import org.thusong.core.InvalidInput;

/**
 * A municipality's answers refused, with every problem found in them, each where it was given;
 * none of the answers was kept. The problems carry message keys so that each reader sees them in
 * their language; the exception's own message is the English text.
 */
public class AnswersRefused extends InvalidInput {

	/** Which part of an answer is wrong: the question it names, its value, or its comment. */
	public enum Part {
		QUESTION, VALUE, COMMENT
	}

	/** One problem: the answer's place, the part that is wrong, and the message key with its arguments. */
	public record Problem(String place, Part part, String messageKey, List<String> arguments) {
	}

	private final List<Problem> problems;

	AnswersRefused(List<Problem> problems, String english) {
		super("answers", english);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
