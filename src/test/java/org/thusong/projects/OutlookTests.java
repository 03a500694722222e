package org.thusong.projects;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thusong.backlogs.BacklogFigure;
import org.thusong.backlogs.BasicService;
import org.thusong.geography.AreaLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The outlook's arithmetic, by hand. */
class OutlookTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final BacklogFigure BACKLOG = new BacklogFigure("ZA-2016", "EC121", "Mbhashe", AreaLevel.MUNICIPALITY, BasicService.SANITATION,
			2016, "households", 10_000, 60_000, 100, 0);

	@Test
	void subtractsCompletionsAfterTheSurveyAndPlannedProjectsAndProjectsTheYearAtThePaceOfThreeYears() {
		List<Project> projects = List.of(ProjectFixture.done(1_500, LocalDate.of(2024, 3, 1)), ProjectFixture.done(1_500, LocalDate.of(2025, 9, 1)),
				ProjectFixture.done(700, LocalDate.of(2015, 5, 1)), ProjectFixture.planned(2_000));
		Outlook outlook = Outlook.compute(BACKLOG, projects, TODAY);
		// 2015's completion is in the survey already; 1,500 + 1,500 since.
		assertThat(outlook.completedSince()).isEqualTo(3_000);
		assertThat(outlook.leftAfterCompleted()).isEqualTo(7_000);
		assertThat(outlook.planned()).isEqualTo(2_000);
		assertThat(outlook.leftAfterPlanned()).isEqualTo(5_000);
		// 3,000 households in three years: 1,000 a year; 7,000 left: 7 years from 2026.
		assertThat(outlook.pacePerYear()).isEqualTo(1_000);
		assertThat(outlook.zeroYear()).isEqualTo(2033);
		assertThat(outlook.thin()).isNull();
		assertThat(outlook.mixedUnits()).isFalse();
	}

	@Test
	void saysPlainlyWhenTooFewCompletionsToProject() {
		Outlook outlook = Outlook.compute(BACKLOG, List.of(ProjectFixture.done(1_000, LocalDate.of(2025, 1, 1)), ProjectFixture.planned(500)), TODAY);
		assertThat(outlook.zeroYear()).isNull();
		assertThat(outlook.thin()).isEqualTo("few-completions");
		assertThat(outlook.leftAfterPlanned()).isEqualTo(8_500);
	}

	@Test
	void neverGoesBelowZeroAndSaysWhenTheBacklogIsGone() {
		Outlook outlook = Outlook.compute(BACKLOG, List.of(ProjectFixture.done(12_000, LocalDate.of(2025, 1, 1))), TODAY);
		assertThat(outlook.leftAfterCompleted()).isZero();
		assertThat(outlook.zeroYear()).isEqualTo(2026);
	}

	@Test
	void namesPersonsAgainstHouseholds() {
		BacklogFigure persons = new BacklogFigure("ZA-2011", "EC121", "Mbhashe", AreaLevel.MUNICIPALITY, BasicService.WATER, 2011, "persons",
				200_000, 250_000, 0, 0);
		assertThat(Outlook.compute(persons, List.of(), TODAY).mixedUnits()).isTrue();
		assertThat(Outlook.compute(null, List.of(), TODAY).thin()).isEqualTo("no-backlog");
	}
}
