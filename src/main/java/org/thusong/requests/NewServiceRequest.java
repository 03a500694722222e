package org.thusong.requests;

import java.util.List;
import java.util.Map;

/**
 * What a person files: the municipality ({@code organisationCode}, Open311's jurisdiction_id),
 * the service, what is wrong, where (a point, a ward chosen from a list, or an address), who to
 * answer (or nobody), and the answers to the service's questions.
 */
public record NewServiceRequest(String organisationCode, String serviceCode, RequestKind kind, String description,
		Double latitude, Double longitude, String wardCode, String demarcation, String address, String reporterName,
		String reporterPhone, String reporterEmail, FiledBy filedBy, Channel channel, Map<String, List<String>> answers) {

	public NewServiceRequest {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
		kind = kind == null ? RequestKind.REQUEST : kind;
	}
}
