package org.thusong.planning;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thusong.planning.CalculationType.*;
import static org.thusong.planning.Direction.HIGHER_IS_BETTER;
import static org.thusong.planning.Direction.LOWER_IS_BETTER;
import static org.thusong.planning.KpiStatus.*;

class PerformanceRulesTests {

	private static final BigDecimal BAND = new BigDecimal("0.10");

	private static List<BigDecimal> q(Object... values) {
		return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v.toString())).toList();
	}

	private static PerformanceRules.YearResult year(CalculationType type, Direction direction, Object annual, List<BigDecimal> targets,
			List<BigDecimal> actuals, int ended) {
		return PerformanceRules.year(type, direction, annual == null ? null : new BigDecimal(annual.toString()), targets, actuals,
				ended, BAND);
	}

	@Test
	void quarterHigherIsBetterUsesTheBandBelowTheTarget() {
		assertThat(PerformanceRules.compare(HIGHER_IS_BETTER, bd(100), bd(101), BAND)).isEqualTo(EXCEEDED);
		assertThat(PerformanceRules.compare(HIGHER_IS_BETTER, bd(100), bd(100), BAND)).isEqualTo(MET);
		assertThat(PerformanceRules.compare(HIGHER_IS_BETTER, bd(100), bd(90), BAND)).isEqualTo(PARTIALLY_MET);
		assertThat(PerformanceRules.compare(HIGHER_IS_BETTER, bd(100), bd(89), BAND)).isEqualTo(NOT_MET);
	}

	@Test
	void quarterLowerIsBetterUsesTheBandAboveTheTarget() {
		assertThat(PerformanceRules.compare(LOWER_IS_BETTER, bd(10), bd(9), BAND)).isEqualTo(EXCEEDED);
		assertThat(PerformanceRules.compare(LOWER_IS_BETTER, bd(10), bd(10), BAND)).isEqualTo(MET);
		assertThat(PerformanceRules.compare(LOWER_IS_BETTER, bd(10), bd(11), BAND)).isEqualTo(PARTIALLY_MET);
		assertThat(PerformanceRules.compare(LOWER_IS_BETTER, bd(10), new BigDecimal("11.01"), BAND)).isEqualTo(NOT_MET);
	}

	@Test
	void quarterWithoutActualIsNotYetDueOrNoDataAndWithoutTargetNoTarget() {
		assertThat(PerformanceRules.quarterStatus(CUMULATIVE, HIGHER_IS_BETTER, bd(5), null, false, BAND)).isEqualTo(NOT_YET_DUE);
		assertThat(PerformanceRules.quarterStatus(CUMULATIVE, HIGHER_IS_BETTER, bd(5), null, true, BAND)).isEqualTo(NO_DATA);
		assertThat(PerformanceRules.quarterStatus(CUMULATIVE, HIGHER_IS_BETTER, null, bd(5), true, BAND)).isEqualTo(NO_TARGET);
	}

	@Test
	void cumulativeHigherSumsCapturedQuartersAgainstTheTargetToDate() {
		List<BigDecimal> targets = q(100, 100, 100, 100);
		// Q1 and Q2 ended, both captured: 95 + 100 against 200.
		assertThat(year(CUMULATIVE, HIGHER_IS_BETTER, 400, targets, q(95, 100, null, null), 2))
			.isEqualTo(new PerformanceRules.YearResult(bd(195), bd(200), PARTIALLY_MET));
		// Q3 ended but not captured: it adds nothing, the target to date is 300.
		assertThat(year(CUMULATIVE, HIGHER_IS_BETTER, 400, targets, q(95, 100, null, null), 3).status()).isEqualTo(NOT_MET);
		// Whole year: the annual target decides.
		assertThat(year(CUMULATIVE, HIGHER_IS_BETTER, 400, targets, q(100, 100, 100, 120), 4))
			.isEqualTo(new PerformanceRules.YearResult(bd(420), bd(400), EXCEEDED));
		assertThat(year(CUMULATIVE, HIGHER_IS_BETTER, 400, targets, q(null, null, null, null), 0).status()).isEqualTo(NOT_YET_DUE);
		assertThat(year(CUMULATIVE, HIGHER_IS_BETTER, 400, targets, q(null, null, null, null), 1).status()).isEqualTo(NO_DATA);
	}

	@Test
	void cumulativeLowerIsBetterKeepsTheSumUnderTheTarget() {
		List<BigDecimal> targets = q(10, 10, 10, 10);
		assertThat(year(CUMULATIVE, LOWER_IS_BETTER, 40, targets, q(8, 9, null, null), 2).status()).isEqualTo(EXCEEDED);
		assertThat(year(CUMULATIVE, LOWER_IS_BETTER, 40, targets, q(12, 10, null, null), 2).status()).isEqualTo(PARTIALLY_MET);
		assertThat(year(CUMULATIVE, LOWER_IS_BETTER, 40, targets, q(12, 10, 10, 12), 4).status()).isEqualTo(PARTIALLY_MET);
		assertThat(year(CUMULATIVE, LOWER_IS_BETTER, 40, targets, q(20, 10, 10, 12), 4).status()).isEqualTo(NOT_MET);
	}

	@Test
	void lastValueHigherCarriesTheLatestCapturedQuarterOver() {
		List<BigDecimal> targets = q(60, 70, 80, 90);
		assertThat(year(LAST_VALUE, HIGHER_IS_BETTER, 90, targets, q(65, 72, null, null), 2))
			.isEqualTo(new PerformanceRules.YearResult(bd(72), bd(70), EXCEEDED));
		// Q3 due but missing: Q2's value carries over against Q3's target.
		assertThat(year(LAST_VALUE, HIGHER_IS_BETTER, 90, targets, q(65, 72, null, null), 3))
			.isEqualTo(new PerformanceRules.YearResult(bd(72), bd(80), PARTIALLY_MET));
		assertThat(year(LAST_VALUE, HIGHER_IS_BETTER, 90, targets, q(65, 72, 80, 85), 4).status()).isEqualTo(PARTIALLY_MET);
	}

	@Test
	void lastValueLowerIsBetter() {
		List<BigDecimal> targets = q(30, 25, 20, 15);
		assertThat(year(LAST_VALUE, LOWER_IS_BETTER, 15, targets, q(28, null, null, null), 1).status()).isEqualTo(EXCEEDED);
		assertThat(year(LAST_VALUE, LOWER_IS_BETTER, 15, targets, q(28, 24, 20, 19), 4).status()).isEqualTo(NOT_MET);
		assertThat(year(LAST_VALUE, LOWER_IS_BETTER, 15, targets, q(28, 24, 20, 15), 4).status()).isEqualTo(MET);
	}

	@Test
	void averageHigherAveragesCapturedQuarters() {
		List<BigDecimal> targets = q(80, 80, 80, 80);
		assertThat(year(AVERAGE, HIGHER_IS_BETTER, 80, targets, q(70, 90, null, null), 2))
			.isEqualTo(new PerformanceRules.YearResult(bd(80), bd(80), MET));
		// A due quarter without an actual is left out of the mean (only captured ones count).
		assertThat(year(AVERAGE, HIGHER_IS_BETTER, 80, targets, q(73, null, null, null), 2).status()).isEqualTo(PARTIALLY_MET);
		assertThat(year(AVERAGE, HIGHER_IS_BETTER, 80, targets, q(60, 70, 70, 70), 4).status()).isEqualTo(NOT_MET);
	}

	@Test
	void averageLowerIsBetter() {
		List<BigDecimal> targets = q(5, 5, 5, 5);
		assertThat(year(AVERAGE, LOWER_IS_BETTER, 5, targets, q(4, 5, null, null), 2).status()).isEqualTo(EXCEEDED);
		assertThat(year(AVERAGE, LOWER_IS_BETTER, 5, targets, q(6, 5, 5, 6), 4).status()).isEqualTo(PARTIALLY_MET);
	}

	@Test
	void maximumHigherTakesTheBestQuarter() {
		List<BigDecimal> targets = q(50, 60, 70, 80);
		assertThat(year(MAXIMUM, HIGHER_IS_BETTER, 80, targets, q(55, 58, null, null), 2))
			.isEqualTo(new PerformanceRules.YearResult(bd(58), bd(60), PARTIALLY_MET));
		assertThat(year(MAXIMUM, HIGHER_IS_BETTER, 80, targets, q(55, 58, 90, null), 3).status()).isEqualTo(EXCEEDED);
	}

	@Test
	void maximumLowerIsBetterIsACeilingForTheWorstQuarter() {
		List<BigDecimal> targets = q(48, 48, 48, 48);
		assertThat(year(MAXIMUM, LOWER_IS_BETTER, 48, targets, q(24, 36, null, null), 2).status()).isEqualTo(EXCEEDED);
		assertThat(year(MAXIMUM, LOWER_IS_BETTER, 48, targets, q(24, 60, 30, 30), 4))
			.isEqualTo(new PerformanceRules.YearResult(bd(60), bd(48), NOT_MET));
	}

	@Test
	void milestoneIsDoneByTheFirstQuarterWhoseTargetIsOne() {
		List<BigDecimal> targets = q(0, 0, 1, 1);
		assertThat(year(MILESTONE, HIGHER_IS_BETTER, 1, targets, q(0, null, null, null), 1).status()).isEqualTo(NOT_YET_DUE);
		assertThat(year(MILESTONE, HIGHER_IS_BETTER, 1, targets, q(0, 1, null, null), 2).status()).isEqualTo(EXCEEDED);
		assertThat(year(MILESTONE, HIGHER_IS_BETTER, 1, targets, q(0, 0, 1, null), 3).status()).isEqualTo(MET);
		assertThat(year(MILESTONE, LOWER_IS_BETTER, 1, targets, q(0, 0, 0, 1), 4).status()).isEqualTo(PARTIALLY_MET);
		assertThat(year(MILESTONE, HIGHER_IS_BETTER, 1, targets, q(0, 0, 0, null), 3).status()).isEqualTo(NOT_MET);
		assertThat(year(MILESTONE, HIGHER_IS_BETTER, 1, targets, q(null, null, null, null), 3).status()).isEqualTo(NO_DATA);
		assertThat(PerformanceRules.quarterStatus(MILESTONE, HIGHER_IS_BETTER, bd(1), bd(0), true, BAND)).isEqualTo(NOT_MET);
		assertThat(PerformanceRules.quarterStatus(MILESTONE, HIGHER_IS_BETTER, bd(0), bd(0), true, BAND)).isEqualTo(MET);
		assertThat(PerformanceRules.quarterStatus(MILESTONE, HIGHER_IS_BETTER, bd(0), bd(1), true, BAND)).isEqualTo(EXCEEDED);
	}

	@Test
	void targetRulesNameTheColumnThatDisagreesWithTheType() {
		assertThat(TargetRules.check(CUMULATIVE, HIGHER_IS_BETTER, bd(400), q(100, 100, 100, 90)))
			.extracting(TargetRules.Problem::column).containsExactly("annualTarget");
		assertThat(TargetRules.check(CUMULATIVE, HIGHER_IS_BETTER, bd(400), q(100, 100, 100, 100))).isEmpty();
		assertThat(TargetRules.check(LAST_VALUE, HIGHER_IS_BETTER, bd(90), q(60, 70, 80, 85)))
			.extracting(TargetRules.Problem::column).containsExactly("q4");
		assertThat(TargetRules.check(AVERAGE, HIGHER_IS_BETTER, bd(80), q(70, 90, 80, 80))).isEmpty();
		assertThat(TargetRules.check(MAXIMUM, LOWER_IS_BETTER, bd(48), q(48, 50, 60, 60))).isEmpty();
		assertThat(TargetRules.check(MILESTONE, HIGHER_IS_BETTER, bd(1), q(0, 1, 0, 2)))
			.extracting(TargetRules.Problem::column).containsExactly("q3", "q4");
	}

	@Test
	void financialYearsStartInJulyInSouthAfricaAndJanuaryInTurkiye() {
		FinancialYear za = FinancialYear.of(2026, "ZA/EC/DC12/EC121");
		assertThat(za.label()).isEqualTo("2026/27");
		assertThat(za.quarterEnd(1)).isEqualTo(java.time.LocalDate.of(2026, 9, 30));
		assertThat(za.quartersEndedBy(java.time.LocalDate.of(2026, 10, 1))).isEqualTo(1);
		FinancialYear tr = FinancialYear.of(2026, "TR/TR24/TR24-1318");
		assertThat(tr.label()).isEqualTo("2026");
		assertThat(tr.quarterEnd(4)).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
	}

	private static BigDecimal bd(int v) {
		return BigDecimal.valueOf(v);
	}
}
