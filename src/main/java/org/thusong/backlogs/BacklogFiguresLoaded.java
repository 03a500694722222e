package org.thusong.backlogs;

/**
 * Figures for a service and survey year on a demarcation were loaded or reclassed (an import, or
 * an admin changed the norm mapping): listeners such as the indicators module read the new
 * backlogs through {@link Backlogs}.
 */
public record BacklogFiguresLoaded(String demarcation, BasicService service, int surveyYear, String unit, int wards,
		String reason) {
}
