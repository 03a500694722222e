package org.thusong.planning.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two people saving the same thing at the same moment (two imports of one year's SDBIP, one code
 * added twice to a plan) meet a unique index; the loser gets a 409 asking to reload, not a 500.
 */
@RestControllerAdvice(assignableTypes = PlanningApi.class)
class PlanningApiErrors {

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else saved the same thing meanwhile; reload and try again"));
	}
}
