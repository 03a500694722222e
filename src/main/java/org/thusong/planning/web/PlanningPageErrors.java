package org.thusong.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/**
 * On the planning pages an unknown (or out-of-scope) plan, SDBIP, KPI or report is a 404 page, a
 * bad parameter a 400 page and a refused step a 409 page, each saying what was wrong; never a 500.
 */
@ControllerAdvice(assignableTypes = PlanningPages.class)
class PlanningPageErrors {

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound e, Model model, HttpServletResponse response) {
		return problem(HttpServletResponse.SC_NOT_FOUND, e.getMessage(), model, response);
	}

	@ExceptionHandler(InvalidInput.class)
	String invalid(InvalidInput e, Model model, HttpServletResponse response) {
		return problem(HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), model, response);
	}

	@ExceptionHandler(Conflict.class)
	String conflict(Conflict e, Model model, HttpServletResponse response) {
		return problem(HttpServletResponse.SC_CONFLICT, e.getMessage(), model, response);
	}

	@ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
	String duplicate(org.springframework.dao.DuplicateKeyException e, Model model, HttpServletResponse response) {
		return problem(HttpServletResponse.SC_CONFLICT, "Someone else saved the same thing meanwhile; reload and try again", model,
				response);
	}

	private static String problem(int status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "planning/problem";
	}
}
