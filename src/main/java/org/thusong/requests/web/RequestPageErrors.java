package org.thusong.requests.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/**
 * On the requests pages, an unknown request (or one outside the reader's scope) or municipality
 * is a 404 page, a bad filter a 400 page and a refused step a 409 page, each saying what was
 * wrong; never a 500.
 */
@ControllerAdvice(assignableTypes = { ReportPages.class, StatusPages.class, RequestPages.class, ConsolePages.class,
		DashboardPages.class, PublicRequestPages.class, CataloguePages.class })
class RequestPageErrors {

	private final MessageSource messages;

	RequestPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound e, Model model, HttpServletResponse response) {
		return problem(HttpServletResponse.SC_NOT_FOUND, e.getMessage(), model, response);
	}

	@ExceptionHandler(InvalidInput.class)
	String invalid(InvalidInput e, Model model, HttpServletResponse response, Locale locale) {
		return problem(HttpServletResponse.SC_BAD_REQUEST, PageText.message(e, messages, locale), model, response);
	}

	@ExceptionHandler(Conflict.class)
	String conflict(Conflict e, Model model, HttpServletResponse response, Locale locale) {
		return problem(HttpServletResponse.SC_CONFLICT, PageText.message(e, messages, locale), model, response);
	}

	private static String problem(int status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "requests/problem";
	}
}
