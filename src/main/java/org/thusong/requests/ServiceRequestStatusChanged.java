package org.thusong.requests;

import java.time.Instant;

/** A request moved from one state to another. */
public record ServiceRequestStatusChanged(String reference, String organisationCode, String areaPath, RequestStatus from,
		RequestStatus to, Instant at) {
}
