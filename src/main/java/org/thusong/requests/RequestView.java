package org.thusong.requests;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A request with its history, as staff see it (the public status page shows less). */
public record RequestView(String reference, String organisationCode, String serviceCode, RequestKind kind,
		RequestStatus status, String description, Double latitude, Double longitude, String address, String wardCode,
		String wardDemarcation, String wardName, String reporterName, String reporterPhone, String reporterEmail,
		FiledBy filedBy, String filedByUser, Channel channel, Priority priority, String departmentCode, String officer,
		Instant submittedAt, Instant dueAt, Instant acknowledgedAt, Instant resolvedAt, Instant closedAt, boolean overdue,
		String duplicateOf, int reports, String referredTo, String referredReference, String rejectionReason,
		Integer rating, String ratingComment, Map<String, List<String>> answers, List<ServiceRequest.Step> history) {
}
