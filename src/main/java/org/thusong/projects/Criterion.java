package org.thusong.projects;

/**
 * What an investment plan weighs: households moved above the norm per million rand, households
 * served, community requests for the service from the project's wards in the last twelve months
 * (from the requests module), and the area's growth potential (0 to 10, set on the project).
 */
public enum Criterion {

	BACKLOG_PER_RAND, HOUSEHOLDS, REQUESTS, GROWTH;

	public String messageKey() {
		return "projects.criterion." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
