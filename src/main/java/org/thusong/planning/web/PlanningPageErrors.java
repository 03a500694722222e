package org.thusong.planning.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two people saving the same thing at the same moment on the planning pages meet a unique index;
 * the loser gets the error page with 409 asking to reload, not a 500 (the API's twin is
 * {@link PlanningApiErrors}). A missing plan, a bad parameter or a refused step is the
 * application's error page like on every other page.
 */
@ControllerAdvice(assignableTypes = PlanningPages.class)
class PlanningPageErrors {

	@ExceptionHandler(DuplicateKeyException.class)
	ModelAndView duplicate(DuplicateKeyException e) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.CONFLICT);
		page.addObject("status", HttpStatus.CONFLICT.value());
		page.addObject("error", HttpStatus.CONFLICT.getReasonPhrase());
		page.addObject("message", "Someone else saved the same thing meanwhile; reload and try again");
		return page;
	}
}
