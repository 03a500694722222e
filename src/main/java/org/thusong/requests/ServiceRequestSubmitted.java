package org.thusong.requests;

import java.time.Instant;

/**
 * A request was filed. Thin: what listeners (needs by area, notifications) need to find it and
 * count it per ward, service and month.
 */
public record ServiceRequestSubmitted(String reference, String organisationCode, String areaPath, String wardCode,
		String serviceCode, RequestKind kind, Instant submittedAt) {
}
