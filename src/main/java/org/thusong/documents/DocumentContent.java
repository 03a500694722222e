package org.thusong.documents;

import org.springframework.core.io.Resource;

/** A document opened for download: what it is and its bytes. */
public record DocumentContent(DocumentSummary document, Resource content) {
}
