package org.thusong.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The health rules, each a traffic light with the figures behind it:
 * <ul>
 * <li><b>schedule</b>: physical progress against the share of time elapsed from start to planned
 * completion; 10 points behind is amber, 20 red;</li>
 * <li><b>spending</b>: expenditure to date against the cash-flow plan to date, the funding of each
 * financial year spread evenly over its twelve months (the budget from start to planned completion
 * when no funding is recorded); below 80% or above 110% is amber, below 60% or above 120% red;</li>
 * <li><b>stalled</b>: no progress report for half the stalled period is amber, for the whole of it
 * red.</li>
 * </ul>
 * Completed and closed-out projects are green on schedule and stalling; a rule without the data
 * it needs is grey.
 */
public record ProjectHealth(Light schedule, Integer expectedProgress, Light spending, BigDecimal plannedSpend, BigDecimal spent,
		Integer spendPercent, Light stalled, long daysSinceUpdate, Light overall, List<String> findings) {

	public static ProjectHealth of(Project project, LocalDate today, int stalledDays) {
		List<String> findings = new ArrayList<>();
		Light schedule = Light.GREY;
		Integer expected = null;
		if (project.stage().done()) {
			schedule = Light.GREEN;
		}
		else if (project.startDate() != null && project.plannedCompletion() != null && project.plannedCompletion().isAfter(project.startDate())) {
			long total = ChronoUnit.DAYS.between(project.startDate(), project.plannedCompletion());
			long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(project.startDate(), today)));
			expected = (int) Math.round(elapsed * 100.0 / total);
			int behind = expected - project.progress();
			schedule = behind >= 20 ? Light.RED : behind >= 10 ? Light.AMBER : Light.GREEN;
			if (behind >= 10) {
				findings.add("behind");
			}
			if (today.isAfter(project.plannedCompletion())) {
				schedule = Light.RED;
				findings.add("overdue");
			}
		}
		BigDecimal planned = plannedSpend(project, today);
		BigDecimal spent = project.spent();
		Light spending = Light.GREY;
		Integer percent = null;
		if (planned.signum() > 0) {
			percent = spent.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP).intValue();
			spending = percent < 60 || percent > 120 ? Light.RED : percent < 80 || percent > 110 ? Light.AMBER : Light.GREEN;
			if (percent < 80) {
				findings.add("underspending");
			}
			if (percent > 110) {
				findings.add("overspending");
			}
		}
		else if (spent.signum() > 0 && project.budget().signum() > 0 && spent.compareTo(project.budget()) > 0) {
			spending = Light.RED;
			findings.add("overspending");
		}
		long days = ChronoUnit.DAYS.between(project.lastUpdateAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), today);
		Light stalled;
		if (project.stage().done()) {
			stalled = Light.GREEN;
		}
		else if (days >= stalledDays) {
			stalled = Light.RED;
			findings.add("stalled");
		}
		else if (days >= stalledDays / 2) {
			stalled = Light.AMBER;
		}
		else {
			stalled = Light.GREEN;
		}
		Light overall = schedule.worse(spending).worse(stalled);
		return new ProjectHealth(schedule, expected, spending, planned, spent, percent, stalled, days, overall, List.copyOf(findings));
	}

	/**
	 * The cash-flow plan to date: each financial year's funding (July to June) spread evenly over
	 * its months, counting the months begun by today; without funding, the budget spread evenly
	 * over the months from start to planned completion.
	 */
	public static BigDecimal plannedSpend(Project project, LocalDate today) {
		BigDecimal planned = BigDecimal.ZERO;
		if (!project.funding().isEmpty()) {
			for (Funding f : project.funding()) {
				LocalDate start = LocalDate.of(f.financialYear(), 7, 1);
				long months = Math.max(0, Math.min(12, ChronoUnit.MONTHS.between(start.withDayOfMonth(1), today.withDayOfMonth(1)) + 1));
				if (today.isBefore(start)) {
					months = 0;
				}
				planned = planned.add(f.amount().multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));
			}
			return planned;
		}
		if (project.startDate() == null || project.plannedCompletion() == null || project.budget().signum() == 0) {
			return BigDecimal.ZERO;
		}
		long months = Math.max(1, ChronoUnit.MONTHS.between(project.startDate().withDayOfMonth(1), project.plannedCompletion().withDayOfMonth(1)) + 1);
		long begun = today.isBefore(project.startDate()) ? 0
				: Math.min(months, ChronoUnit.MONTHS.between(project.startDate().withDayOfMonth(1), today.withDayOfMonth(1)) + 1);
		return project.budget().multiply(BigDecimal.valueOf(begun)).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
	}
}
