package org.thusong.geography.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An area hierarchy import started by the platform administrator: queued, running, then
 * succeeded (with the areas written per level) or failed (with the problems by line; nothing kept).
 */
public record AreaImportJob(long id, String fileName, String format, String demarcation, String country, String name,
		Integer year, boolean makeCurrent, String status, int processed, int total, Map<String, Integer> counts,
		List<ImportRejected.Problem> problems, String message, String startedBy, OffsetDateTime startedAt,
		OffsetDateTime finishedAt) implements ImportJob {

	public boolean succeeded() {
		return "SUCCEEDED".equals(status);
	}
}
