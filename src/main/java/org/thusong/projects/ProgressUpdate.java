package org.thusong.projects;

import java.time.Instant;

/** One progress report: stage, physical progress, a note and (for a step back) the reason. */
public record ProgressUpdate(Instant reportedAt, Stage stage, int progress, String note, String reason, String reportedBy) {
}
