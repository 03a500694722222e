package org.thusong.requests;

import java.time.Instant;

/** A request as lists show it. */
public record RequestSummary(String reference, String organisationCode, String serviceCode, RequestKind kind,
		RequestStatus status, String description, String wardCode, String wardName, String departmentCode, String officer,
		Priority priority, Double latitude, Double longitude, String address, Instant submittedAt, Instant dueAt,
		Instant updatedAt, boolean overdue, int reports) {
}
