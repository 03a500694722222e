package org.thusong.core;

/**
 * A business "no" to a well-formed request: the thing already exists, the state forbids it.
 * Web layers answer 409 with the message.
 */
public class Conflict extends RuntimeException {

	private final String field;

	public Conflict(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
