package org.thusong.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The health rules: schedule against time elapsed, spending against the cash-flow plan, stalling. */
class ProjectHealthTests {

	static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

	@Test
	void progressFarBehindTheTimeElapsedIsRedAndALittleBehindAmber() {
		// Half the time gone (1 Jan 2025 to 1 Jan 2027): 50% expected.
		Project red = construction(25, List.of(), List.of(), TODAY);
		assertThat(ProjectHealth.of(red, TODAY, 60).expectedProgress()).isEqualTo(50);
		assertThat(ProjectHealth.of(red, TODAY, 60).schedule()).isEqualTo(Light.RED);
		assertThat(ProjectHealth.of(construction(38, List.of(), List.of(), TODAY), TODAY, 60).schedule()).isEqualTo(Light.AMBER);
		assertThat(ProjectHealth.of(construction(45, List.of(), List.of(), TODAY), TODAY, 60).schedule()).isEqualTo(Light.GREEN);
	}

	@Test
	void spendingIsMeasuredAgainstTheFundingOfEachFinancialYearSpreadOverItsMonths() {
		// FY 2025/26 has R 1.2m: July to January is 7 months begun, so R 700,000 is the plan to date.
		List<Funding> funding = List.of(new Funding(FundingSource.MIG, 2025, BigDecimal.valueOf(1_200_000)));
		Project project = construction(50, funding, List.of(new Expenditure(YearMonth.of(2025, 12), BigDecimal.valueOf(350_000), null)), TODAY);
		ProjectHealth health = ProjectHealth.of(project, TODAY, 60);
		assertThat(health.plannedSpend()).isEqualByComparingTo("700000");
		assertThat(health.spendPercent()).isEqualTo(50);
		assertThat(health.spending()).isEqualTo(Light.RED);
		assertThat(health.findings()).contains("underspending");
		Project onPlan = construction(50, funding, List.of(new Expenditure(YearMonth.of(2025, 12), BigDecimal.valueOf(690_000), null)), TODAY);
		assertThat(ProjectHealth.of(onPlan, TODAY, 60).spending()).isEqualTo(Light.GREEN);
		Project over = construction(50, funding, List.of(new Expenditure(YearMonth.of(2025, 12), BigDecimal.valueOf(800_000), null)), TODAY);
		assertThat(ProjectHealth.of(over, TODAY, 60).spending()).isEqualTo(Light.AMBER);
		assertThat(ProjectHealth.of(over, TODAY, 60).findings()).contains("overspending");
	}

	@Test
	void noReportForTheStalledPeriodIsRedAndForHalfOfItAmber() {
		assertThat(ProjectHealth.of(construction(50, List.of(), List.of(), TODAY.minusDays(61)), TODAY, 60).stalled()).isEqualTo(Light.RED);
		assertThat(ProjectHealth.of(construction(50, List.of(), List.of(), TODAY.minusDays(31)), TODAY, 60).stalled()).isEqualTo(Light.AMBER);
		assertThat(ProjectHealth.of(construction(50, List.of(), List.of(), TODAY.minusDays(3)), TODAY, 60).stalled()).isEqualTo(Light.GREEN);
		assertThat(ProjectHealth.of(construction(50, List.of(), List.of(), TODAY.minusDays(61)), TODAY, 60).overall()).isEqualTo(Light.RED);
	}

	@Test
	void aCompletedProjectIsNeitherBehindNorStalled() {
		Project done = ProjectFixture.done(100, TODAY.minusYears(1));
		ProjectHealth health = ProjectHealth.of(done, TODAY, 60);
		assertThat(health.schedule()).isEqualTo(Light.GREEN);
		assertThat(health.stalled()).isEqualTo(Light.GREEN);
	}

	private static Project construction(int progress, List<Funding> funding, List<Expenditure> spent, LocalDate lastUpdate) {
		return ProjectFixture.project(Stage.CONSTRUCTION, 500, BigDecimal.valueOf(2_400_000), progress, LocalDate.of(2025, 1, 1),
				LocalDate.of(2027, 1, 1), null, lastUpdate.atStartOfDay().toInstant(ZoneOffset.UTC), funding, spent);
	}
}
