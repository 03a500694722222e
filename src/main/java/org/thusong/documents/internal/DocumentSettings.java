package org.thusong.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code thusong.documents.*}: the largest upload accepted ({@code THUSONG_UPLOAD_MAX_SIZE}, e.g.
 * {@code 20MB}).
 */
@ConfigurationProperties("thusong.documents")
public record DocumentSettings(@DefaultValue("20MB") DataSize maxSize) {

	public DocumentSettings {
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("thusong.documents.max-size must be at least 1 byte");
		}
	}
}
