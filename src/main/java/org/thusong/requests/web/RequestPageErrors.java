package org.thusong.requests.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;

/**
 * On the requests pages a bad filter (400) or a refused step (409) is the application's error
 * page in the reader's language: the rule comes from the requests bundle where it has one (see
 * {@link PageText}). Ahead of the application's page errors, which answer everything else (an
 * unknown request is a 404 with the domain's words).
 */
@ControllerAdvice(assignableTypes = { ReportPages.class, StatusPages.class, RequestPages.class, ConsolePages.class,
		DashboardPages.class, PublicRequestPages.class, CataloguePages.class })
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class RequestPageErrors {

	private final MessageSource messages;

	RequestPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ModelAndView invalid(InvalidInput e, Locale locale) {
		return page(HttpStatus.BAD_REQUEST, PageText.message(e, messages, locale));
	}

	@ExceptionHandler(Conflict.class)
	ModelAndView conflict(Conflict e, Locale locale) {
		return page(HttpStatus.CONFLICT, PageText.message(e, messages, locale));
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}
}
