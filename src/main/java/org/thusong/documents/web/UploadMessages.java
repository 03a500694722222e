package org.thusong.documents.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.thusong.documents.DocumentTooLarge;
import org.thusong.documents.DocumentType;

/** The refusals of an upload in the reader's language, shared by the page and the API. */
final class UploadMessages {

	private UploadMessages() {
	}

	static String tooLarge(MessageSource messages, DocumentTooLarge e, Locale locale) {
		return e.size() == null
				? messages.getMessage("documents.error.tooLarge.unknownSize", new Object[] { e.readableLimit() }, locale)
				: messages.getMessage("documents.error.tooLarge", new Object[] { e.readableSize(), e.readableLimit() },
						locale);
	}

	static String unsupported(MessageSource messages, Locale locale) {
		return messages.getMessage("documents.error.type", new Object[] { DocumentType.allowedList() }, locale);
	}
}
