package org.thusong.documents.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thusong.documents.DocumentContent;
import org.thusong.documents.DocumentSummary;

/**
 * How a document leaves Thusong, from the page and the API alike: as an attachment (never shown
 * inline, so an uploaded file cannot run as a page of this site), with the type read from its
 * content and the browser told not to guess another.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> of(DocumentContent content) {
		DocumentSummary document = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.downloadName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.eTag("\"" + document.sha256() + "\"")
			.body(content.content());
	}
}
