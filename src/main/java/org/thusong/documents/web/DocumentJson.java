package org.thusong.documents.web;

import java.time.Instant;

import org.thusong.documents.DocumentSummary;

/** A document's metadata as the API shows it. */
record DocumentJson(String id, String filename, String label, String type, String mediaType, long size, String sha256,
		String areaPath, String organisationCode, String uploadedBy, Instant uploadedAt, String download) {

	static DocumentJson of(DocumentSummary d) {
		return new DocumentJson(d.id().toString(), d.filename(), d.label(), d.type().name(), d.mediaType(), d.size(),
				d.sha256(), d.areaPath(), d.organisationCode(), d.uploadedBy(), d.uploadedAt(),
				"/api/v1/documents/" + d.id());
	}
}
