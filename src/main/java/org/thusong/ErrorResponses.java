package org.thusong;

import java.util.LinkedHashMap;
import java.util.Map;

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
 * Ordered ahead of {@link PageErrors}, which handles the same exceptions for every
 * {@code @Controller} (a {@code @RestController} is one too), so an API call never gets a page;
 * and ahead of Spring Boot's problem-details handler (order 0), so a missing or mistyped parameter
 * is answered like every other bad input, with the field in {@code errors}. Behind the advices
 * that answer for one API in their own way: Open311's (its own error format), the unreadable-body
 * and upload-size ones.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(-100)
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
			fields.putIfAbsent(error.getField(), error.getDefaultMessage());
		}
		return problem(HttpStatus.BAD_REQUEST, String.join("; ", fields.entrySet().stream()
			.map(f -> f.getKey() + ": " + f.getValue()).toList()), fields);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		Class<?> type = e.getRequiredType();
		String rule = "'" + e.getValue() + "' is not " + (type == null ? "a valid value" : expected(type));
		return problem(HttpStatus.BAD_REQUEST, e.getName() + ": " + rule, Map.of(e.getName(), rule));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getParameterName() + ": is required", Map.of(e.getParameterName(), "is required"));
	}

	/** What a parameter of this type looks like, in words an API client's author reads at once. */
	private static String expected(Class<?> type) {
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class) {
			return "a number";
		}
		if (type == java.time.LocalDate.class) {
			return "a date (2025-07-31)";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return "a valid " + type.getSimpleName();
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, String> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (fields != null && !fields.isEmpty()) {
			problem.setProperty("errors", fields);
		}
		return ResponseEntity.status(status).body(problem);
	}
}
