package org.thusong.identity.internal;

import org.thusong.core.InvalidInput;

/** What a password must be: at least 10 characters, and not the username. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	public static void check(String field, String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInput(field, "must be at least " + MIN_LENGTH + " characters");
		}
		if (password.length() > 200) {
			throw new InvalidInput(field, "must be at most 200 characters");
		}
		if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
			throw new InvalidInput(field, "must not be the username");
		}
	}
}
