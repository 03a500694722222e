package org.thusong.backlogs.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/** On the backlog pages, an unknown area is a 404 page and a bad choice a 400 page, each saying why. */
@ControllerAdvice(assignableTypes = { BacklogPages.class, BacklogExports.class, MappingPages.class, ProgrammePages.class,
		ImportPages.class })
class BacklogPageErrors {

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

	static String problem(int status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "backlogs/problem";
	}
}
