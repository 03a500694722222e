package org.thusong.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.thusong.documents.DocumentId;
import org.thusong.documents.DocumentTooLarge;

/**
 * The folder documents live in: {@code <data folder>/documents/<first two characters of the id>/<id>}.
 * An upload is first written to {@code incoming/} in the same folder (same file system) and then
 * moved into place in one atomic step, so no reader ever sees half a file.
 */
@Component
public class DocumentFiles {

	private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);

	private final Path root;

	DocumentFiles(@Value("${thusong.data-dir}") String dataDir) {
		this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("documents");
	}

	/**
	 * Copies the content to a temporary file while counting its bytes and computing its SHA-256;
	 * stops reading as soon as it passes the limit.
	 *
	 * @param knownSize the size the caller already knows (for the message), or {@code null}
	 */
	public ReceivedFile receive(InputStream content, DataSize limit, Long knownSize) throws IOException {
		Path incoming = Files.createDirectories(root.resolve("incoming"));
		Path temp = Files.createTempFile(incoming, "upload-", ".part");
		try {
			MessageDigest sha256 = sha256();
			long size = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(temp)) {
				int read;
				while ((read = content.read(buffer)) != -1) {
					size += read;
					if (size > limit.toBytes()) {
						throw new DocumentTooLarge(limit, knownSize);
					}
					sha256.update(buffer, 0, read);
					out.write(buffer, 0, read);
				}
			}
			return new ReceivedFile(temp, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	/** Moves a received file to its place for good. */
	public Path keep(ReceivedFile file, DocumentId id) throws IOException {
		Path target = pathOf(id);
		Files.createDirectories(target.getParent());
		return Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
	}

	public Path pathOf(DocumentId id) {
		String name = id.toString();
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

	/** Removes a kept file whose metadata never made it into the database. */
	public void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.error("Could not remove {}, a document file without a database row; remove it by hand", file, e);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
