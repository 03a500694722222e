package org.thusong;

import java.util.Arrays;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * An API body that cannot be read, answered with the place in the body and the rule instead of
 * Spring's "Failed to read request"; ahead of Spring Boot's own problem-details handler, which
 * would otherwise answer first.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after Open311's own, which answers in the Open311 error format
class UnreadableBodies {

	/**
	 * A body that is not JSON, or a value of the wrong kind in it (a date that is not a date, a
	 * word that is none of an enumeration's): named by its path in the body, e.g. {@code dueOn}
	 * or {@code dataValues[2].period}.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			StringBuilder field = new StringBuilder();
			for (JacksonException.Reference step : json.getPath()) {
				if (step.getPropertyName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
				}
				else if (step.getIndex() >= 0) {
					field.append('[').append(step.getIndex()).append(']');
				}
			}
			String rule = json instanceof InvalidFormatException format
					? "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName()
							+ (format.getTargetType().isEnum() ? ": use one of " + Arrays.toString(format.getTargetType().getEnumConstants()) : "")
					: "is not a valid value here";
			String message = field + ": " + rule;
			return ErrorResponses.problem(HttpStatus.BAD_REQUEST, message, Map.of(field.toString(), message));
		}
		return ErrorResponses.problem(HttpStatus.BAD_REQUEST, "body: is not valid JSON, or not the shape this call takes", Map.of("body",
				"body: is not valid JSON, or not the shape this call takes"));
	}

}
