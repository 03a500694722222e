package org.thusong.geography.internal;

import java.time.OffsetDateTime;
import java.util.List;

/** A boundary import started by an administrator, as it runs and when it has finished. */
public record BoundaryImportJob(long id, String fileName, String demarcation, String level, String property, String joinBy,
		String parentProperty, String status, int processed, int total, Integer matched, Integer unmatched,
		Integer areasWritten, List<String> unmatchedFeatures, String message, String startedBy, OffsetDateTime startedAt,
		OffsetDateTime finishedAt) implements ImportJob {
}
