package org.thusong.requests.open311;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;

/**
 * Open311's own error format ({@code errors/error} with {@code code} and {@code description}), in
 * the format the path asked for: 400 names the field as Open311 clients call it, 403 a missing or
 * refused {@code api_key}, 404 what was not found. A 500 only for a defect, logged.
 */
@RestControllerAdvice(assignableTypes = Open311Api.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	private static final Logger LOG = LoggerFactory.getLogger(Open311Errors.class);

	/** Our field names as Open311 calls them. */
	private static final Map<String, String> FIELDS = Map.of("organisationCode", "jurisdiction_id", "serviceCode",
			"service_code", "address", "address_string", "name", "first_name", "location", "lat");

	/** A request refused for its api_key. */
	static class Forbidden extends RuntimeException {

		Forbidden(String message) {
			super(message);
		}
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<String> invalid(InvalidInput e, HttpServletRequest request) {
		String field = FIELDS.getOrDefault(e.field(), e.field());
		String rule = e.rule();
		if ("location".equals(e.field()) && rule.startsWith("is required")) {
			rule = "is required: give lat and long, or address_string";
		}
		return error(request, HttpStatus.BAD_REQUEST, field + ": " + rule);
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<String> notFound(NotFound e, HttpServletRequest request) {
		return error(request, HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(Forbidden.class)
	ResponseEntity<String> forbidden(Forbidden e, HttpServletRequest request) {
		return error(request, HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(Conflict.class)
	ResponseEntity<String> conflict(Conflict e, HttpServletRequest request) {
		return error(request, HttpStatus.CONFLICT, e.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> defect(Exception e, HttpServletRequest request) {
		if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
			// Spring's own client errors (an unreadable body, an unsupported media type) keep their status.
			String detail = spring.getBody().getDetail();
			return error(request, HttpStatus.valueOf(spring.getStatusCode().value()), detail == null ? e.getMessage() : detail);
		}
		LOG.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
		return error(request, HttpStatus.INTERNAL_SERVER_ERROR, "The server failed to answer; the failure is logged");
	}

	static ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
		Open311Format format = Open311Format.ofPath(request.getRequestURI());
		Open311Document errors = Open311Document.list("errors", "error",
				List.of(Open311Document.fields("code", status.value(), "description", description)));
		return ResponseEntity.status(status).contentType(format.mediaType()).body(format.write(errors));
	}
}
