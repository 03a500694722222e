package org.thusong.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The plan for a budget: every candidate with its criteria and weighted score, the chosen set
 * (an exact optimum of total score within the budget), and why the runners-up were not chosen.
 */
public record InvestmentPlan(BigDecimal budget, Map<Criterion, BigDecimal> weights, List<Candidate> candidates, List<Candidate> chosen,
		BigDecimal chosenCost, double chosenScore, double greedyScore, List<RunnerUp> runnersUp, long searchNodes) {

	/** A candidate project with its raw criteria and its score (0 to 100). */
	public record Candidate(Project project, long reduces, double perMillion, int requests, double score, boolean chosen) {
	}

	/**
	 * A runner-up: for a chosen project, the best plan without it; for a left-out one, the best plan
	 * with it, and which chosen projects it would push out. {@code scoreLost} is what the optimum
	 * loses; null {@code alternativeScore} means it cannot fit the budget at all.
	 */
	public record RunnerUp(Candidate candidate, boolean wasChosen, Double alternativeScore, double scoreLost, List<String> displaced,
			List<String> added) {
	}
}
