package org.thusong.core;

/**
 * Input that breaks a rule, naming the field and the rule. Web layers answer it with a 400 and
 * the message; it never becomes a 500.
 */
public class InvalidInput extends RuntimeException {

	private final String field;

	public InvalidInput(String field, String rule) {
		super(field + ": " + rule);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
