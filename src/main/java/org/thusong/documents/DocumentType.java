package org.thusong.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file Thusong accepts as evidence or photos. A file's kind is read from its content,
 * never from its name or the type the client claims; the extension is only used to name a
 * download sensibly.
 */
public enum DocumentType {

	PDF("application/pdf", "pdf"),
	JPEG("image/jpeg", "jpg"),
	PNG("image/png", "png"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	CSV("text/csv", "csv");

	private final String mediaType;

	private final String extension;

	DocumentType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** Whether a file name already ends in an extension of this kind ({@code .jpeg} counts for JPEG). */
	public boolean matchesName(String filename) {
		String lower = filename.toLowerCase(Locale.ROOT);
		return lower.endsWith("." + extension) || (this == JPEG && lower.endsWith(".jpeg"));
	}

	public static Optional<DocumentType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
	}

	/** The accepted kinds for a message, e.g. {@code PDF, JPEG, PNG, XLSX, DOCX, CSV}. */
	public static String allowedList() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
