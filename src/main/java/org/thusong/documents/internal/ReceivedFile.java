package org.thusong.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload written to a temporary file, with its size and SHA-256 counted on the way in. Closing
 * it removes the temporary file unless it has been kept.
 */
public record ReceivedFile(Path path, long size, String sha256) implements AutoCloseable {

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(path);
	}
}
