package org.thusong.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What registering a project takes; {@code demarcation} blank means the current one. */
public record NewProject(String ownerCode, String title, String service, List<String> wardCodes, String demarcation,
		Integer households, String stage, BigDecimal budget, Integer progress, LocalDate startDate, LocalDate plannedCompletion,
		String serviceProviders, String contractors, String idpObjective, Integer growthPotential, List<Funding> funding) {
}
