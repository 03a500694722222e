package org.thusong.documents;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies a stored document. Random rather than sequential, so that an address cannot be
 * guessed from another and ids can be made on any instance.
 */
public record DocumentId(UUID value) {

	public DocumentId {
		Objects.requireNonNull(value, "value");
	}

	public static DocumentId random() {
		return new DocumentId(UUID.randomUUID());
	}

	/** Reads an id from a URL; anything that is not an id is simply no document. */
	public static Optional<DocumentId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new DocumentId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
