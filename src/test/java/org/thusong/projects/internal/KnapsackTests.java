package org.thusong.projects.internal;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The optimiser against brute force: every subset of small random cases, and cases that fool a greedy pick. */
public class KnapsackTests {

	@Test
	void findsTheSameOptimumAsTryingEverySubset() {
		Random random = new Random(20261122);
		for (int round = 0; round < 400; round++) {
			int n = 1 + random.nextInt(14);
			long[] costs = new long[n];
			long[] values = new long[n];
			long total = 0;
			for (int i = 0; i < n; i++) {
				// some rounds with costs and values that rise together: the hard kind for branch and bound
				costs[i] = round % 3 == 0 ? 1 + random.nextInt(5) : 1 + random.nextInt(1_000_000);
				values[i] = round % 2 == 0 ? costs[i] % 1000 + random.nextInt(50) : random.nextInt(10_000);
				total += costs[i];
			}
			long budget = (long) (total * random.nextDouble());
			Knapsack.Solution solution = Knapsack.solve(costs, values, budget);
			long best = bruteForce(costs, values, budget);
			assertThat(solution.value()).as("round %d", round).isEqualTo(best);
			long cost = 0;
			long value = 0;
			for (int i = 0; i < n; i++) {
				if (solution.chosen()[i]) {
					cost += costs[i];
					value += values[i];
				}
			}
			assertThat(cost).isEqualTo(solution.cost()).isLessThanOrEqualTo(budget);
			assertThat(value).isEqualTo(solution.value());
		}
	}

	@Test
	void beatsAGreedyPickWhereTheBestRatioBlocksTheBestSet() {
		// Greedy by value per cost takes item 0 (ratio 7/6) and then nothing else fits: 7. The optimum is items 1 and 2: 10.
		Knapsack.Solution tricky = Knapsack.solve(new long[] { 6, 5, 5 }, new long[] { 7, 5, 5 }, 10);
		assertThat(tricky.value()).isEqualTo(10);
		assertThat(tricky.chosen()).containsExactly(false, true, true);
	}

	@Test
	void honoursForcedItemsAndSaysWhenTheyCannotFit() {
		long[] costs = { 6, 5, 5 };
		long[] values = { 7, 5, 5 };
		Knapsack.Solution withFirst = Knapsack.solve(costs, values, 10, new int[] { 1, 0, 0 });
		assertThat(withFirst.chosen()).containsExactly(true, false, false);
		assertThat(withFirst.value()).isEqualTo(7);
		assertThat(Knapsack.solve(costs, values, 5, new int[] { 1, 0, 0 })).isNull();
		Knapsack.Solution withoutSecond = Knapsack.solve(costs, values, 10, new int[] { 0, -1, 0 });
		assertThat(withoutSecond.chosen()[1]).isFalse();
		assertThat(withoutSecond.value()).isEqualTo(7);
	}

	@Test
	void aZeroBudgetChoosesOnlyWhatCostsNothing() {
		Knapsack.Solution solution = Knapsack.solve(new long[] { 0, 3 }, new long[] { 4, 9 }, 0);
		assertThat(solution.chosen()).containsExactly(true, false);
		assertThat(solution.value()).isEqualTo(4);
	}

	public static long bruteForce(long[] costs, long[] values, long budget) {
		int n = costs.length;
		long best = 0;
		for (int mask = 0; mask < (1 << n); mask++) {
			long cost = 0;
			long value = 0;
			for (int i = 0; i < n; i++) {
				if ((mask & (1 << i)) != 0) {
					cost += costs[i];
					value += values[i];
				}
			}
			if (cost <= budget && value > best) {
				best = value;
			}
		}
		return best;
	}
}
