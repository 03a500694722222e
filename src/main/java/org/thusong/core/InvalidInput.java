package org.thusong.core;

/**
 * Input that breaks a rule, naming the field and the rule. Web layers answer it with a 400 and
 * the message; it never becomes a 500.
 */
public class InvalidInput extends RuntimeException {

	private final String field;

	private final String rule;

	public InvalidInput(String field, String rule) {
		super(field + ": " + rule);
		this.field = field;
		this.rule = String.valueOf(rule);
	}

	public String field() {
		return field;
	}

	/** The rule the field breaks, without the field's name: the message is {@code field: rule}. */
	public String rule() {
		return rule;
	}
}
