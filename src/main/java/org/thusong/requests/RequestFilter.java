package org.thusong.requests;

import java.time.Instant;
import java.util.Set;

/**
 * Which requests a list shows. Every part is optional. {@code text} matches a reference number or
 * a reporter's phone number (the contact centre finds a caller's history by either).
 */
public record RequestFilter(String organisationCode, Set<RequestStatus> statuses, String serviceCode,
		String departmentCode, String wardCode, String text, Instant submittedFrom, Instant submittedTo, boolean overdueOnly,
		Sort sort) {

	/** The order of a list. */
	public enum Sort {
		DUE_FIRST, NEWEST_FIRST, OLDEST_FIRST
	}

	public RequestFilter {
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		sort = sort == null ? Sort.DUE_FIRST : sort;
	}

	public static RequestFilter all() {
		return new RequestFilter(null, null, null, null, null, null, null, null, false, null);
	}
}
