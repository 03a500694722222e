package org.thusong.projects;

import java.time.Instant;

/**
 * A project was registered, progressed, or spent money: the facts the indicators module needs
 * (households to be moved above the norm, stage, progress, spending) per municipality and service.
 */
public record ProjectProgressReported(long projectId, String reference, String municipalityCode, String areaPath, String service,
		String stage, int progress, int households, java.math.BigDecimal budget, java.math.BigDecimal spent, Instant at) {
}
