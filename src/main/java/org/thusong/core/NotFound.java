package org.thusong.core;

/**
 * A thing asked for by its code or id does not exist (or lies outside the asker's scope, which
 * must look the same). Web layers answer 404 with the message.
 */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}
}
