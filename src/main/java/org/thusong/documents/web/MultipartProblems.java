package org.thusong.documents.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.thusong.documents.DocumentTooLarge;
import org.thusong.documents.Documents;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads the servlet container itself refuses, before any controller runs: a request over the
 * container's multipart limit (set far above the documents limit, as a last guard) gets 413 naming
 * the documents limit; a broken multipart body gets 400. The API gets problem details, pages the
 * error page; never a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblems {

	private final MessageSource messages;

	private final Documents documents;

	private final JsonMapper json;

	MultipartProblems(MessageSource messages, Documents documents, JsonMapper json) {
		this.messages = messages;
		this.documents = documents;
		this.json = json;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		String detail = UploadMessages.tooLarge(messages, new DocumentTooLarge(documents.maxSize(), null), locale);
		return answer(HttpStatus.CONTENT_TOO_LARGE, detail, request, response);
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView broken(MultipartException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		String detail = messages.getMessage("documents.error.multipart", null, locale);
		return answer(HttpStatus.BAD_REQUEST, detail, request, response);
	}

	private ModelAndView answer(HttpStatus status, String detail, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", status.getReasonPhrase());
			problem.put("status", status.value());
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
			// The response is written: no view to render.
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", detail);
		return page;
	}
}
