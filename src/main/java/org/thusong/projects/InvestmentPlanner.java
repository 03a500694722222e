package org.thusong.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.backlogs.BacklogFigure;
import org.thusong.backlogs.Backlogs;
import org.thusong.backlogs.BasicService;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.projects.internal.Knapsack;

/**
 * The provincial investment plan of seed 004: ranks the candidate projects in scope by weighted
 * criteria and chooses, for a budget, the set with the greatest total score. The choice is an
 * exact optimum (branch and bound over whole cents and hundredths of a score point), compared in
 * the plan with what a greedy pick by score per rand would have given; the runners-up are
 * explained by re-solving with each forced out or in.
 */
@Service
@Transactional(readOnly = true)
public class InvestmentPlanner {

	static final int RUNNERS_UP = 5;

	private final JdbcClient jdbc;

	private final Projects projects;

	private final Backlogs backlogs;

	private final AuditTrail audit;

	private final Clock clock;

	InvestmentPlanner(JdbcClient jdbc, Projects projects, Backlogs backlogs, AuditTrail audit, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.backlogs = backlogs;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Map<Criterion, BigDecimal> weights() {
		Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
		jdbc.sql("SELECT criterion, weight FROM project_priority_weight")
			.query((rs, n) -> Map.entry(Criterion.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> weights.put(e.getKey(), e.getValue()));
		for (Criterion c : Criterion.values()) {
			weights.putIfAbsent(c, BigDecimal.ZERO);
		}
		return weights;
	}

	@Transactional
	public void setWeights(Map<Criterion, BigDecimal> weights, String by) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<Criterion, BigDecimal> e : weights.entrySet()) {
			if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.valueOf(1000)) > 0) {
				throw new InvalidInput("weight." + e.getKey().name().toLowerCase(), "must be between 0 and 1000");
			}
			sum = sum.add(e.getValue());
		}
		if (sum.signum() == 0) {
			throw new InvalidInput("weights", "at least one weight must be more than 0");
		}
		Map<Criterion, BigDecimal> before = weights();
		for (Map.Entry<Criterion, BigDecimal> e : weights.entrySet()) {
			jdbc.sql("""
					INSERT INTO project_priority_weight (criterion, weight, changed_by, changed_at) VALUES (:c, :w, :by, now())
					ON CONFLICT (criterion) DO UPDATE SET weight = EXCLUDED.weight, changed_by = EXCLUDED.changed_by, changed_at = now()""")
				.param("c", e.getKey().name())
				.param("w", e.getValue())
				.param("by", by)
				.update();
		}
		audit.record("investment-weights", "criteria", "changed", null, before, weights);
	}

	/** The plan for the candidates in scope (of one service, or all when null). */
	public InvestmentPlan plan(Scope scope, BigDecimal budget, BasicService service) {
		if (budget == null || budget.signum() <= 0) {
			throw new InvalidInput("budget", "must be more than R 0");
		}
		List<Project> candidates = projects.candidates(scope, service);
		if (candidates.isEmpty()) {
			throw new NoCandidates("No candidate projects (identified, planning or design) are in your scope"
					+ (service == null ? "" : " for " + service.code()) + ": register projects first");
		}
		return plan(candidates, budget, weights(), LocalDate.now(clock));
	}

	InvestmentPlan plan(List<Project> candidates, BigDecimal budget, Map<Criterion, BigDecimal> weights, LocalDate today) {
		int n = candidates.size();
		long[] reduces = new long[n];
		double[] perMillion = new double[n];
		int[] requests = new int[n];
		for (int i = 0; i < n; i++) {
			Project p = candidates.get(i);
			reduces[i] = reduces(p);
			perMillion[i] = p.budget().signum() == 0 ? 0 : reduces[i] / p.budget().doubleValue() * 1_000_000d;
			requests[i] = projects.requestsFrom(p.wardCodes(), p.service(), today);
		}
		double[] scores = scores(candidates, reduces, perMillion, requests, weights);
		long[] costs = new long[n];
		long[] values = new long[n];
		for (int i = 0; i < n; i++) {
			costs[i] = candidates.get(i).budget().movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
			values[i] = Math.round(scores[i] * 100);
		}
		long capacity = budget.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
		Knapsack.Solution best = Knapsack.solve(costs, values, capacity);
		List<InvestmentPlan.Candidate> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			all.add(new InvestmentPlan.Candidate(candidates.get(i), reduces[i], perMillion[i], requests[i], scores[i], best.chosen()[i]));
		}
		List<InvestmentPlan.Candidate> ranked = all.stream().sorted(Comparator.comparingDouble(InvestmentPlan.Candidate::score).reversed()).toList();
		List<InvestmentPlan.Candidate> chosen = ranked.stream().filter(InvestmentPlan.Candidate::chosen).toList();
		BigDecimal chosenCost = BigDecimal.valueOf(best.cost()).movePointLeft(2);
		List<InvestmentPlan.RunnerUp> runnersUp = new ArrayList<>();
		List<InvestmentPlan.Candidate> explain = new ArrayList<>(chosen.stream().limit(RUNNERS_UP).toList());
		explain.addAll(ranked.stream().filter(c -> !c.chosen()).limit(RUNNERS_UP).toList());
		for (InvestmentPlan.Candidate c : explain) {
			int index = all.indexOf(c);
			int[] forced = new int[n];
			forced[index] = c.chosen() ? -1 : 1;
			Knapsack.Solution alt = Knapsack.solve(costs, values, capacity, forced);
			if (alt == null) {
				runnersUp.add(new InvestmentPlan.RunnerUp(c, c.chosen(), null, 0, List.of(), List.of()));
				continue;
			}
			List<String> displaced = new ArrayList<>();
			List<String> added = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (i == index) {
					continue;
				}
				if (best.chosen()[i] && !alt.chosen()[i]) {
					displaced.add(candidates.get(i).reference());
				}
				if (!best.chosen()[i] && alt.chosen()[i]) {
					added.add(candidates.get(i).reference());
				}
			}
			runnersUp.add(new InvestmentPlan.RunnerUp(c, c.chosen(), alt.value() / 100d, (best.value() - alt.value()) / 100d, displaced, added));
		}
		return new InvestmentPlan(budget, weights, ranked, chosen, chosenCost, best.value() / 100d, greedy(costs, values, capacity) / 100d,
				runnersUp, best.nodes());
	}

	/** Households the project moves above the norm, capped by the backlog of its wards where both count households. */
	private long reduces(Project p) {
		List<BacklogFigure> wards = backlogs.figuresOf(p.demarcation(), p.wardCodes(), p.service());
		int latestYear = wards.stream().mapToInt(BacklogFigure::surveyYear).max().orElse(0);
		List<BacklogFigure> latest = wards.stream().filter(f -> f.surveyYear() == latestYear && "households".equals(f.unit())).toList();
		if (latest.isEmpty()) {
			return p.households();
		}
		return Math.min(p.households(), latest.stream().mapToLong(BacklogFigure::belowNorm).sum());
	}

	static double[] scores(List<Project> candidates, long[] reduces, double[] perMillion, int[] requests, Map<Criterion, BigDecimal> weights) {
		int n = candidates.size();
		double maxPer = 0;
		double maxHouseholds = 0;
		double maxRequests = 0;
		double maxGrowth = 0;
		for (int i = 0; i < n; i++) {
			maxPer = Math.max(maxPer, perMillion[i]);
			maxHouseholds = Math.max(maxHouseholds, reduces[i]);
			maxRequests = Math.max(maxRequests, requests[i]);
			maxGrowth = Math.max(maxGrowth, candidates.get(i).growthPotential());
		}
		double total = weights.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
		double[] scores = new double[n];
		for (int i = 0; i < n; i++) {
			double s = weight(weights, Criterion.BACKLOG_PER_RAND) * share(perMillion[i], maxPer)
					+ weight(weights, Criterion.HOUSEHOLDS) * share(reduces[i], maxHouseholds)
					+ weight(weights, Criterion.REQUESTS) * share(requests[i], maxRequests)
					+ weight(weights, Criterion.GROWTH) * share(candidates.get(i).growthPotential(), maxGrowth);
			scores[i] = total == 0 ? 0 : Math.round(s / total * 100 * 100) / 100d;
		}
		return scores;
	}

	private static double weight(Map<Criterion, BigDecimal> weights, Criterion c) {
		BigDecimal w = weights.get(c);
		return w == null ? 0 : w.doubleValue();
	}

	private static double share(double value, double max) {
		return max <= 0 ? 0 : value / max;
	}

	/** What taking projects by score per rand while they fit would give: the plan's yardstick. */
	static long greedy(long[] costs, long[] values, long capacity) {
		Integer[] order = new Integer[costs.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.comparingDouble(i -> costs[i] == 0 ? Double.NEGATIVE_INFINITY : -(double) values[i] / costs[i]));
		long value = 0;
		long left = capacity;
		for (int i : order) {
			if (costs[i] <= left) {
				left -= costs[i];
				value += values[i];
			}
		}
		return value;
	}
}
