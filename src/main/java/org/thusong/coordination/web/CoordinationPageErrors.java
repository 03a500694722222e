package org.thusong.coordination.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.thusong.core.NotFound;

/** On the coordination pages an unknown or out-of-scope request or municipality is the error page with 404. */
@ControllerAdvice(assignableTypes = { CoordinationPages.class, SupportPages.class, ForumPages.class, IndabaPages.class })
class CoordinationPageErrors {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound e) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", 404);
		page.addObject("error", "Not Found");
		page.addObject("message", e.getMessage());
		return page;
	}

	/** A bad year or field in a query: the error page with 400 and the rule. */
	@ExceptionHandler(org.thusong.core.InvalidInput.class)
	ModelAndView invalid(org.thusong.core.InvalidInput e) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("status", 400);
		page.addObject("error", "Bad Request");
		page.addObject("message", e.getMessage());
		return page;
	}
}
