package org.thusong.indicators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thusong.backlogs.BasicService;
import org.thusong.core.Scope;
import org.thusong.indicators.Aggregation;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;
import org.thusong.organisations.Organisations;
import org.thusong.projects.Project;
import org.thusong.projects.ProjectProgressReported;
import org.thusong.projects.Projects;

/**
 * What every sphere's projects have spent on a service in a municipality, to date, kept as the
 * month's value of {@code PROJ.SPENT.<service>} (and their budgets as {@code PROJ.BUDGET.<service>})
 * each time a project there reports: stocks, so a quarter or year takes its latest month.
 */
@Component
class ProjectSpending {

	static final String ORIGIN = "projects";

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	private final Projects projects;

	private final Organisations organisations;

	ProjectSpending(IndicatorLibrary library, IndicatorValues values, Projects projects, Organisations organisations) {
		this.library = library;
		this.values = values;
		this.projects = projects;
		this.organisations = organisations;
	}

	@ApplicationModuleListener
	void on(ProjectProgressReported reported) {
		BasicService service;
		try {
			service = BasicService.valueOf(reported.service().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return; // a service the backlogs do not know: nothing to count it under
		}
		var municipality = organisations.findByCode(reported.municipalityCode()).orElse(null);
		if (municipality == null) {
			return;
		}
		List<Project> there = projects.inArea(municipality.jurisdictionPath(), service);
		BigDecimal spent = there.stream().map(Project::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal budget = there.stream().map(p -> p.budget() == null ? BigDecimal.ZERO : p.budget())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Period month = Period.month(LocalDate.ofInstant(reported.at(), Scope.of(municipality.jurisdictionPath()).timeZone()));
		String spentCode = "PROJ.SPENT." + service.code();
		String budgetCode = "PROJ.BUDGET." + service.code();
		library.ensureElement(spentCode, "Spent to date on " + service.code() + " projects (rand)", Aggregation.LAST, ORIGIN);
		library.ensureElement(budgetCode, "Budget of " + service.code() + " projects (rand)", Aggregation.LAST, ORIGIN);
		values.store(List.of(
				new IndicatorValues.NewValue(spentCode, municipality.jurisdictionAreaCode(), municipality.jurisdictionPath(), month,
						spent, null),
				new IndicatorValues.NewValue(budgetCode, municipality.jurisdictionAreaCode(), municipality.jurisdictionPath(), month,
						budget, null)),
				ORIGIN, null);
	}
}
