package org.thusong.documents.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.thusong.documents.DocumentTooLarge;
import org.thusong.documents.DocumentType;
import org.thusong.documents.UnsupportedDocumentType;

/**
 * The API's answers to an upload it refuses, for every module's API that stores documents (so
 * evidence and photo uploads elsewhere answer the same way): 413 naming the limit, 415 naming the
 * accepted types.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

	private final MessageSource messages;

	DocumentProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DocumentTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(DocumentTooLarge e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				UploadMessages.tooLarge(messages, e, locale));
		problem.setProperty("limit", e.readableLimit());
		problem.setProperty("limitBytes", e.limit().toBytes());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(UnsupportedDocumentType.class)
	ResponseEntity<ProblemDetail> unsupported(UnsupportedDocumentType e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				UploadMessages.unsupported(messages, locale));
		problem.setProperty("allowedTypes", DocumentType.allowedList());
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
	}
}
