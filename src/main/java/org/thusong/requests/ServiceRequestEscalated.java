package org.thusong.requests;

import java.time.Instant;

/** An open request ran past its due time and was escalated to its department's manager, once. */
public record ServiceRequestEscalated(String reference, String organisationCode, String departmentCode, String areaPath,
		Instant dueAt) {
}
