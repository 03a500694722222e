package org.thusong.projects.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/** On the project pages, an unknown project is a 404 page and a bad choice a 400 page, each saying why. */
@ControllerAdvice(assignableTypes = { ProjectPages.class, PlanPages.class, ProjectImportPages.class })
class ProjectPageErrors {

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound e, Model model, HttpServletResponse response) {
		return problem(404, e.getMessage(), model, response);
	}

	@ExceptionHandler(InvalidInput.class)
	String invalid(InvalidInput e, Model model, HttpServletResponse response) {
		return problem(400, e.getMessage(), model, response);
	}

	@ExceptionHandler(Conflict.class)
	String conflict(Conflict e, Model model, HttpServletResponse response) {
		return problem(409, e.getMessage(), model, response);
	}

	private static String problem(int status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "projects/problem";
	}
}
