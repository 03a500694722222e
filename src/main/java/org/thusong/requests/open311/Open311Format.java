package org.thusong.requests.open311;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.thusong.core.InvalidInput;

/** The two formats every Open311 resource comes in, chosen by the path's extension. */
enum Open311Format {

	JSON(MediaType.parseMediaType("application/json;charset=UTF-8")),
	XML(MediaType.parseMediaType("text/xml;charset=UTF-8"));

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	String write(Open311Document document) {
		return this == JSON ? document.json() : document.xml();
	}

	static Open311Format of(String extension) {
		if (extension != null) {
			switch (extension.toLowerCase(Locale.ROOT)) {
				case "json":
					return JSON;
				case "xml":
					return XML;
				default:
			}
		}
		throw new InvalidInput("format", "must be json or xml, not '" + extension + "'");
	}

	/** The format a request asked for by its path, JSON when it did not say (errors must still be answered). */
	static Open311Format ofPath(String path) {
		return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
	}
}
