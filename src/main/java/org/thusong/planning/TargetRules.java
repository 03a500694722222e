package org.thusong.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a KPI's quarterly targets agree with its annual target under its calculation type, for
 * organisations that require it:
 * <ul>
 * <li>cumulative: the four quarters sum to the annual target;</li>
 * <li>carry-over: the last quarter with a target equals the annual target;</li>
 * <li>average: the mean of the quarters with a target equals the annual target;</li>
 * <li>maximum: the highest quarter target (the lowest, if lower is better) equals the annual target;</li>
 * <li>milestone: every target is 0 or 1, the annual target is 1 and once a quarter's target is 1
 * the later ones are too.</li>
 * </ul>
 * Each problem names the column it is about: {@code annualTarget} or {@code q1}..{@code q4}.
 */
public final class TargetRules {

	/**
	 * A target that breaks its type's rule: the column, and what is wrong as a message key of the
	 * planning bundle ({@code planning.import.problem.targets.*}) with its arguments.
	 */
	public record Problem(String column, String key, List<Object> args) {

		Problem(String column, String key, Object... args) {
			this(column, key, List.of(args));
		}
	}

	private TargetRules() {
	}

	public static List<Problem> check(CalculationType type, Direction direction, BigDecimal annual, List<BigDecimal> quarters) {
		List<Problem> problems = new ArrayList<>();
		if (annual == null) {
			return problems;
		}
		List<BigDecimal> set = quarters.stream().filter(Objects::nonNull).toList();
		switch (type) {
			case CUMULATIVE -> {
				BigDecimal sum = set.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				if (!set.isEmpty() && sum.compareTo(annual) != 0) {
					problems.add(new Problem("annualTarget", "planning.import.problem.targets.cumulative", plain(sum), plain(annual)));
				}
			}
			case LAST_VALUE -> {
				for (int q = 4; q >= 1; q--) {
					BigDecimal t = quarters.get(q - 1);
					if (t != null) {
						if (t.compareTo(annual) != 0) {
							problems.add(new Problem("q" + q, "planning.import.problem.targets.lastValue", plain(annual)));
						}
						break;
					}
				}
			}
			case AVERAGE -> {
				if (!set.isEmpty()) {
					BigDecimal mean = set.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(set.size()), MathContext.DECIMAL64);
					if (mean.compareTo(annual) != 0) {
						problems.add(new Problem("annualTarget", "planning.import.problem.targets.average", plain(mean), plain(annual)));
					}
				}
			}
			case MAXIMUM -> {
				if (!set.isEmpty()) {
					BigDecimal extreme = direction == Direction.LOWER_IS_BETTER
							? set.stream().min(BigDecimal::compareTo).orElseThrow() : set.stream().max(BigDecimal::compareTo).orElseThrow();
					if (extreme.compareTo(annual) != 0) {
						problems.add(new Problem("annualTarget", direction == Direction.LOWER_IS_BETTER
								? "planning.import.problem.targets.lowest" : "planning.import.problem.targets.highest",
								plain(extreme), plain(annual)));
					}
				}
			}
			case MILESTONE -> {
				if (annual.compareTo(BigDecimal.ONE) != 0) {
					problems.add(new Problem("annualTarget", "planning.import.problem.targets.milestoneAnnual"));
				}
				boolean seenOne = false;
				for (int q = 1; q <= 4; q++) {
					BigDecimal t = quarters.get(q - 1);
					if (t == null) {
						continue;
					}
					if (t.compareTo(BigDecimal.ZERO) != 0 && t.compareTo(BigDecimal.ONE) != 0) {
						problems.add(new Problem("q" + q, "planning.import.problem.targets.milestoneQuarter"));
					}
					else if (seenOne && t.signum() == 0) {
						problems.add(new Problem("q" + q, "planning.import.problem.targets.milestoneOnce"));
					}
					seenOne |= t.compareTo(BigDecimal.ONE) == 0;
				}
			}
		}
		return problems;
	}

	/** A number as the workbook shows it, passed as text so that no locale regroups it. */
	private static String plain(BigDecimal n) {
		return n.stripTrailingZeros().toPlainString();
	}
}
