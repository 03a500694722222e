package org.thusong.projects;

import java.time.LocalDate;
import java.util.List;

import org.thusong.backlogs.BacklogFigure;

/**
 * The backlog outlook for an area and service: the backlog of the latest survey, the households
 * that projects completed after that survey have moved above the norm, what planned (not yet
 * completed) projects will move, what is left after each, and the year the backlog reaches zero
 * at the pace of the last three years' completions. {@code thin} names why no year can be given
 * (no backlog figure, fewer than two completions in three years); {@code mixedUnits} says the
 * backlog counts persons while projects count households.
 */
public record Outlook(BacklogFigure backlog, long completedSince, long planned, long leftAfterCompleted, long leftAfterPlanned,
		double pacePerYear, int completionsInWindow, Integer zeroYear, String thin, boolean mixedUnits, List<Project> completedProjects,
		List<Project> plannedProjects) {

	static final int WINDOW_YEARS = 3;

	/** The arithmetic, on its own so that it can be checked by hand. */
	public static Outlook compute(BacklogFigure backlog, List<Project> projects, LocalDate today) {
		List<Project> done = projects.stream().filter(p -> p.stage().done()).toList();
		List<Project> coming = projects.stream().filter(p -> !p.stage().done()).toList();
		if (backlog == null) {
			long planned = coming.stream().mapToLong(Project::households).sum();
			return new Outlook(null, 0, planned, 0, 0, 0, 0, null, "no-backlog", false, done, coming);
		}
		// Only completions after the survey year change the surveyed backlog.
		List<Project> since = done.stream()
			.filter(p -> p.actualCompletion() == null || p.actualCompletion().getYear() > backlog.surveyYear())
			.toList();
		long completed = since.stream().mapToLong(Project::households).sum();
		long planned = coming.stream().mapToLong(Project::households).sum();
		long leftAfterCompleted = Math.max(0, backlog.belowNorm() - completed);
		long leftAfterPlanned = Math.max(0, leftAfterCompleted - planned);
		LocalDate windowStart = today.minusYears(WINDOW_YEARS);
		List<Project> recent = done.stream()
			.filter(p -> p.actualCompletion() != null && !p.actualCompletion().isBefore(windowStart) && !p.actualCompletion().isAfter(today))
			.toList();
		double pace = recent.stream().mapToLong(Project::households).sum() / (double) WINDOW_YEARS;
		Integer zeroYear = null;
		String thin = null;
		if (leftAfterCompleted == 0) {
			zeroYear = today.getYear();
		}
		else if (recent.size() < 2 || pace <= 0) {
			thin = "few-completions";
		}
		else {
			zeroYear = today.getYear() + (int) Math.ceil(leftAfterCompleted / pace);
		}
		boolean mixed = !"households".equals(backlog.unit());
		return new Outlook(backlog, completed, planned, leftAfterCompleted, leftAfterPlanned, pace, recent.size(), zeroYear, thin, mixed,
				since, coming);
	}
}
