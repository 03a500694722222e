package org.thusong;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/**
 * On every module's pages, a thing that does not exist (or lies outside the reader's scope) is a
 * 404 page, a bad parameter a 400 page and a refused step a 409 page, each saying what was wrong;
 * never a 500. The page is the application's one error page, {@code error.html}, which Spring
 * Boot also renders for what no handler answers.
 * <p>
 * {@code annotations = Controller.class} also matches {@code @RestController}s, so the order is
 * what keeps the API out: this advice comes last, after {@link ErrorResponses} (and Open311's
 * own), which answer the same three exceptions for every API controller first. A page that
 * re-renders its form with the field's message catches the exception itself; a module that says
 * more than the exception's message (requests' pages speak the reader's language) has its own
 * advice ahead of this one.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound e) {
		return page(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(InvalidInput.class)
	ModelAndView invalid(InvalidInput e) {
		return page(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(Conflict.class)
	ModelAndView conflict(Conflict e) {
		return page(HttpStatus.CONFLICT, e.getMessage());
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
