package org.thusong.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How quarters add up to the year and whether a target is met. These rules are the ones the help
 * page states; change both together.
 * <p>
 * <b>A quarter</b>: a quarter whose end has not passed and that has no actual is
 * {@code NOT_YET_DUE}; one that has passed without an actual is {@code NO_DATA}; one without a
 * target is {@code NO_TARGET}. Otherwise the actual is compared with the quarter's target:
 * <ul>
 * <li>higher is better: above the target {@code EXCEEDED}, equal {@code MET}, at least
 * target × (1 − band) {@code PARTIALLY_MET}, below that {@code NOT_MET};</li>
 * <li>lower is better: below the target {@code EXCEEDED}, equal {@code MET}, at most
 * target × (1 + band) {@code PARTIALLY_MET}, above that {@code NOT_MET}.</li>
 * </ul>
 * The band is the organisation's partial band (10% unless it sets another).
 * <p>
 * <b>The year</b> is judged on the quarters due so far (those whose end has passed, plus any
 * quarter already captured): none due, {@code NOT_YET_DUE}; due but none captured,
 * {@code NO_DATA}. Once all four quarters are due the year's value is compared with the annual
 * target; before that, with the target to date, so that the year's status is the status to date.
 * <ul>
 * <li>{@code CUMULATIVE}: the value is the sum of the captured quarters (a due quarter without an
 * actual adds nothing); the target to date the sum of the due quarters' targets.</li>
 * <li>{@code LAST_VALUE} (carry-over): the value is the latest captured quarter's; the target to
 * date the latest due quarter's target.</li>
 * <li>{@code AVERAGE}: the mean of the captured quarters; the target to date the mean of the due
 * quarters' targets.</li>
 * <li>{@code MAXIMUM}: the highest captured quarter; the target to date the highest due quarter's
 * target. With lower is better this is a ceiling the worst quarter must stay under.</li>
 * <li>{@code MILESTONE}: actuals are 1 (done) or 0 (not done); the due quarter is the first whose
 * target is 1 (Q4 if none). Done in or before the due quarter: {@code MET} ({@code EXCEEDED} if
 * before it); done after it: {@code PARTIALLY_MET}; not done once the due quarter has passed:
 * {@code NOT_MET} (with no actual at all, {@code NO_DATA}); not done before then: {@code NOT_YET_DUE}. A quarter's status compares the
 * quarter's actual with its target the same way; direction plays no part.</li>
 * </ul>
 */
public final class PerformanceRules {

	public static final BigDecimal DEFAULT_BAND = new BigDecimal("0.10");

	private static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);

	private PerformanceRules() {
	}

	/**
	 * The status of one quarter.
	 *
	 * @param ended whether the quarter's end has passed
	 * @param band the partial band as a fraction, e.g. 0.10
	 */
	public static KpiStatus quarterStatus(CalculationType type, Direction direction, BigDecimal target, BigDecimal actual,
			boolean ended, BigDecimal band) {
		if (actual == null) {
			return ended ? KpiStatus.NO_DATA : KpiStatus.NOT_YET_DUE;
		}
		if (target == null) {
			return KpiStatus.NO_TARGET;
		}
		if (type == CalculationType.MILESTONE) {
			boolean due = target.signum() > 0;
			boolean done = actual.signum() > 0;
			if (due) {
				return done ? KpiStatus.MET : KpiStatus.NOT_MET;
			}
			return done ? KpiStatus.EXCEEDED : KpiStatus.MET;
		}
		return compare(direction, target, actual, band);
	}

	/** Compares a value with a target in a direction, with a partial band (a fraction). */
	public static KpiStatus compare(Direction direction, BigDecimal target, BigDecimal actual, BigDecimal band) {
		int c = actual.compareTo(target);
		BigDecimal b = band == null ? DEFAULT_BAND : band;
		if (direction == Direction.LOWER_IS_BETTER) {
			if (c < 0) {
				return KpiStatus.EXCEEDED;
			}
			if (c == 0) {
				return KpiStatus.MET;
			}
			BigDecimal ceiling = target.add(target.abs().multiply(b, MC));
			return actual.compareTo(ceiling) <= 0 ? KpiStatus.PARTIALLY_MET : KpiStatus.NOT_MET;
		}
		if (c > 0) {
			return KpiStatus.EXCEEDED;
		}
		if (c == 0) {
			return KpiStatus.MET;
		}
		BigDecimal floor = target.subtract(target.abs().multiply(b, MC));
		return actual.compareTo(floor) >= 0 ? KpiStatus.PARTIALLY_MET : KpiStatus.NOT_MET;
	}

	/** The year's value and target so far and its status. {@code value} and {@code target} may be null. */
	public record YearResult(BigDecimal value, BigDecimal target, KpiStatus status) {
	}

	/**
	 * The year so far.
	 *
	 * @param quarterTargets the four quarters' targets (entries may be null)
	 * @param actuals the four quarters' actuals (null where not captured)
	 * @param quartersEnded how many quarters have ended (0 to 4)
	 */
	public static YearResult year(CalculationType type, Direction direction, BigDecimal annualTarget,
			List<BigDecimal> quarterTargets, List<BigDecimal> actuals, int quartersEnded, BigDecimal band) {
		int lastCaptured = 0;
		for (int q = 1; q <= 4; q++) {
			if (actuals.get(q - 1) != null) {
				lastCaptured = q;
			}
		}
		int due = Math.max(quartersEnded, lastCaptured);
		if (type == CalculationType.MILESTONE) {
			return milestone(annualTarget, quarterTargets, actuals, quartersEnded);
		}
		if (due == 0) {
			return new YearResult(null, null, KpiStatus.NOT_YET_DUE);
		}
		List<BigDecimal> captured = new ArrayList<>();
		for (int q = 1; q <= due; q++) {
			if (actuals.get(q - 1) != null) {
				captured.add(actuals.get(q - 1));
			}
		}
		List<BigDecimal> targets = new ArrayList<>();
		for (int q = 1; q <= due; q++) {
			if (quarterTargets.get(q - 1) != null) {
				targets.add(quarterTargets.get(q - 1));
			}
		}
		BigDecimal target = due == 4 && annualTarget != null ? annualTarget : aggregate(type, targets, lastDue(quarterTargets, due));
		if (captured.isEmpty()) {
			return new YearResult(null, target, KpiStatus.NO_DATA);
		}
		BigDecimal value = aggregate(type, captured, actuals.get(lastCaptured - 1));
		if (target == null) {
			return new YearResult(value, null, KpiStatus.NO_TARGET);
		}
		return new YearResult(value, target, compare(direction, target, value, band));
	}

	private static BigDecimal lastDue(List<BigDecimal> values, int due) {
		for (int q = due; q >= 1; q--) {
			if (values.get(q - 1) != null) {
				return values.get(q - 1);
			}
		}
		return null;
	}

	private static BigDecimal aggregate(CalculationType type, List<BigDecimal> values, BigDecimal last) {
		if (values.isEmpty()) {
			return null;
		}
		return normal(switch (type) {
			case CUMULATIVE -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			case LAST_VALUE -> last;
			case AVERAGE -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(values.size()), MC);
			case MAXIMUM -> values.stream().max(BigDecimal::compareTo).orElseThrow();
			case MILESTONE -> throw new IllegalStateException("milestones are not aggregated");
		});
	}

	/** A number without trailing zeros and never in exponent form: 80.00 is 80, 12.50 is 12.5. */
	public static BigDecimal normal(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static YearResult milestone(BigDecimal annualTarget, List<BigDecimal> quarterTargets, List<BigDecimal> actuals,
			int quartersEnded) {
		int dueQuarter = 4;
		for (int q = 1; q <= 4; q++) {
			if (quarterTargets.get(q - 1) != null && quarterTargets.get(q - 1).signum() > 0) {
				dueQuarter = q;
				break;
			}
		}
		BigDecimal one = annualTarget == null ? BigDecimal.ONE : annualTarget;
		int doneIn = 0;
		boolean anyCaptured = false;
		for (int q = 1; q <= 4; q++) {
			BigDecimal a = actuals.get(q - 1);
			if (a != null) {
				anyCaptured = true;
				if (a.signum() > 0 && doneIn == 0) {
					doneIn = q;
				}
			}
		}
		if (doneIn > 0) {
			KpiStatus status = doneIn < dueQuarter ? KpiStatus.EXCEEDED
					: doneIn == dueQuarter ? KpiStatus.MET : KpiStatus.PARTIALLY_MET;
			return new YearResult(BigDecimal.ONE, one, status);
		}
		if (quartersEnded >= dueQuarter) {
			return new YearResult(anyCaptured ? BigDecimal.ZERO : null, one, anyCaptured ? KpiStatus.NOT_MET : KpiStatus.NO_DATA);
		}
		return new YearResult(anyCaptured ? BigDecimal.ZERO : null, one, KpiStatus.NOT_YET_DUE);
	}
}
