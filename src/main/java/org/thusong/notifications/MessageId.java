package org.thusong.notifications;

import java.util.Optional;

/** The outbox row of one queued message. */
public record MessageId(long value) {

	public MessageId {
		if (value < 1) {
			throw new IllegalArgumentException("A message id is a positive number, not " + value);
		}
	}

	/** The id written in a URL, if it is one. */
	public static Optional<MessageId> parse(String text) {
		try {
			long value = Long.parseLong(text == null ? "" : text.strip());
			return value < 1 ? Optional.empty() : Optional.of(new MessageId(value));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
