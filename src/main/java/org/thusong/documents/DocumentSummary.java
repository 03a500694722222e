package org.thusong.documents;

import java.time.Instant;

/**
 * What is known about a stored document.
 *
 * @param filename the name it was uploaded with, stripped of folders and control characters
 * @param label what the uploader said it is (e.g. "Q1 water KPI evidence"), or {@code null}
 * @param type its kind, read from its content
 * @param sha256 hex SHA-256 of its bytes, so that anyone holding a copy can prove it is the same file
 * @param areaPath the code path of the area it belongs to, which decides who may download it
 * @param organisationCode the organisation it belongs to, or {@code null} for platform documents
 */
public record DocumentSummary(DocumentId id, String filename, String label, DocumentType type, long size, String sha256,
		String areaPath, String organisationCode, String uploadedBy, Instant uploadedAt) {

	public String mediaType() {
		return type.mediaType();
	}

	/** The name to save a download under: the upload's name, with the extension its content deserves. */
	public String downloadName() {
		return type.matchesName(filename) ? filename : filename + "." + type.extension();
	}
}
