package org.thusong.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.thusong.projects.internal.Knapsack;

/**
 * The exact investment-plan optimiser (branch and bound) with 20, 200 and 2,000 candidate
 * projects: costs of R 1 million to R 60 million in cents, scores of 0 to 100 in hundredths that
 * grow with the cost but not in proportion (bigger projects serve more households), a budget of
 * a quarter of all costs. Each size: several random instances, the optimum plus the ten re-solves
 * the plan makes to explain its runners-up. A main class, not a test.
 *
 * <p>Arguments: [instances per size, default 5].
 */
public final class OptimiserBenchmark {

	public static void main(String[] args) {
		int instances = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		// warm-up
		for (int i = 0; i < 20; i++) {
			solve(200, new Random(i));
		}
		System.out.println("| candidates | median optimum | median with 10 runner-up re-solves | median search steps | all optimum times |");
		System.out.println("|---|---|---|---|---|");
		for (int n : new int[] { 20, 200, 2_000 }) {
			List<Long> optimum = new ArrayList<>();
			List<Long> withRunners = new ArrayList<>();
			List<Long> nodes = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				long[] result = solve(n, new Random(1000L * n + i));
				optimum.add(result[0]);
				withRunners.add(result[1]);
				nodes.add(result[2]);
			}
			System.out.printf("| %,d | %.2f ms | %.2f ms | %,d | %s µs |%n", n, median(optimum) / 1000.0, median(withRunners) / 1000.0, median(nodes),
					optimum);
		}
	}

	/** The optimum's time, with the runner-up re-solves, in microseconds, and the search steps. */
	static long[] solve(int n, Random random) {
		long[] costs = new long[n];
		long[] values = new long[n];
		long total = 0;
		for (int i = 0; i < n; i++) {
			costs[i] = (1_000_000L + (long) (random.nextDouble() * 59_000_000L)) * 100;
			double size = costs[i] / 6_000_000_000.0;
			values[i] = Math.round((20 + 60 * Math.sqrt(size) + 20 * random.nextDouble()) * 100);
			total += costs[i];
		}
		long budget = total / 4;
		long t = System.nanoTime();
		Knapsack.Solution best = Knapsack.solve(costs, values, budget);
		long optimum = (System.nanoTime() - t) / 1_000;
		for (int k = 0; k < 10; k++) {
			int[] forced = new int[n];
			forced[k] = best.chosen()[k] ? -1 : 1;
			Knapsack.solve(costs, values, budget, forced);
		}
		long all = (System.nanoTime() - t) / 1_000;
		return new long[] { optimum, all, best.nodes() };
	}

	static long median(List<Long> values) {
		return Math.round(BenchApp.median(values));
	}
}
