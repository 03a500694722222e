package org.thusong;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/**
 * API errors as RFC 9457 problem details that name the field and the rule. Pages handle their
 * own form errors; this catches what reaches the API.
 * <p>
 * Ordered just ahead of {@link PageErrors}, which handles the same exceptions for every
 * {@code @Controller} (a {@code @RestController} is one too): an API call never gets a page. Still
 * behind Spring Boot's problem-details handler (order 0) and Open311's own.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ErrorResponses {

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage(), null);
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage(), Map.of(e.field(), e.rule()));
	}

	@ExceptionHandler(Conflict.class)
	ResponseEntity<ProblemDetail> conflict(Conflict e) {
		return problem(HttpStatus.CONFLICT, e.getMessage(), e.field() == null ? null : Map.of(e.field(), e.getMessage()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			fields.putIfAbsent(error.getField(), error.getField() + ": " + error.getDefaultMessage());
		}
		return problem(HttpStatus.BAD_REQUEST, String.join("; ", fields.values()), fields);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		String message = e.getName() + ": '" + e.getValue() + "' is not a valid value";
		return problem(HttpStatus.BAD_REQUEST, message, Map.of(e.getName(), message));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
		String message = e.getParameterName() + ": is required";
		return problem(HttpStatus.BAD_REQUEST, message, Map.of(e.getParameterName(), message));
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, String> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (fields != null && !fields.isEmpty()) {
			problem.setProperty("errors", fields);
		}
		return ResponseEntity.status(status).body(problem);
	}
}
