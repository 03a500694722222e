package org.thusong.core;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file Thusong makes (an export, a report, a template) sent as a download: an attachment under
 * its name (any letters, encoded as RFC 6266 says) with its media type. Stored documents leave
 * through the documents module, which adds what an uploaded file needs.
 */
public final class Attachment {

	private Attachment() {
	}

	public static <T> ResponseEntity<T> of(T body, String name, String mediaType) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(body);
	}
}
