package org.thusong.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.thusong.backlogs.BasicService;

/**
 * A project as read: owner, title, service, the wards it serves and the households it will move
 * above the norm, stage, budget, progress, dates, who plans and builds it, funding, expenditure
 * and its progress history. Its lifecycle: registered at any stage, it moves forward through the
 * stages with progress reports (a step back in progress needs a reason), records expenditure
 * month by month (above the budget only with a reason), and counts towards the backlog outlook
 * once completed.
 */
public record Project(long id, String reference, String ownerCode, String ownerName, String municipalityCode, String areaPath,
		String demarcation, String title, BasicService service, int households, Stage stage, BigDecimal budget, int progress,
		LocalDate startDate, LocalDate plannedCompletion, LocalDate actualCompletion, String serviceProviders, String contractors,
		String idpObjective, int growthPotential, boolean demo, Instant lastUpdateAt, List<String> wardCodes, List<Funding> funding,
		List<Expenditure> expenditure, List<ProgressUpdate> updates) {

	public BigDecimal spent() {
		return expenditure.stream().map(Expenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal funded() {
		return funding.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
