package org.thusong.geography.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/**
 * On geography's pages, an unknown area (or one outside the reader's scope) is a 404 page and a
 * bad parameter a 400 page, each saying what was wrong; never a 500.
 */
@ControllerAdvice(assignableTypes = { AreaPages.class, BoundaryImportPages.class, AreaImportPages.class })
class GeographyPageErrors {

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", e.getMessage());
		return "geography/not-found";
	}

	@ExceptionHandler(InvalidInput.class)
	String invalid(InvalidInput e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("message", e.getMessage());
		return "geography/not-found";
	}
}
