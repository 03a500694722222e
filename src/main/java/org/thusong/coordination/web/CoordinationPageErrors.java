package org.thusong.coordination.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.thusong.core.NotFound;

/** On the coordination pages an unknown or out-of-scope request or municipality is the error page with 404. */
@ControllerAdvice(assignableTypes = { CoordinationPages.class, SupportPages.class, ForumPages.class })
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
}
