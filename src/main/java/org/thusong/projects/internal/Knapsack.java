package org.thusong.projects.internal;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The exact 0/1 knapsack: which items to take, within a budget, for the greatest total value.
 * Depth-first branch and bound over the items sorted by value per cost, pruning a branch when
 * even the fractional (linear relaxation) bound of what remains cannot beat the best found; the
 * bound is read from prefix sums by binary search. Values and costs are whole numbers, so the
 * optimum is exact, not approximate. Items may be forced in or out (for the runner-up questions:
 * "the best plan without this project", "the best plan with that one").
 */
public final class Knapsack {

	/** The chosen items (by input index), their total cost and value; null when forced items exceed the budget. */
	public record Solution(boolean[] chosen, long cost, long value, long nodes) {
	}

	private final long[] cost;

	private final long[] value;

	private final int[] order;

	private final long[] prefixCost;

	private final long[] prefixValue;

	private final boolean[] take;

	private boolean[] best;

	private long bestValue;

	private long nodes;

	private Knapsack(long[] cost, long[] value, int[] order) {
		this.cost = cost;
		this.value = value;
		this.order = order;
		int n = order.length;
		prefixCost = new long[n + 1];
		prefixValue = new long[n + 1];
		for (int i = 0; i < n; i++) {
			prefixCost[i + 1] = prefixCost[i] + cost[order[i]];
			prefixValue[i + 1] = prefixValue[i] + value[order[i]];
		}
		take = new boolean[n];
	}

	/** Solves with no item forced. */
	public static Solution solve(long[] costs, long[] values, long budget) {
		return solve(costs, values, budget, new int[costs.length]);
	}

	/**
	 * @param forced per item: 1 must be taken, -1 must be left, 0 free
	 */
	public static Solution solve(long[] costs, long[] values, long budget, int[] forced) {
		int n = costs.length;
		if (values.length != n || forced.length != n) {
			throw new IllegalArgumentException("costs, values and forced differ in length");
		}
		boolean[] chosen = new boolean[n];
		long capacity = budget;
		long base = 0;
		Integer[] free = new Integer[n];
		int freeCount = 0;
		for (int i = 0; i < n; i++) {
			if (costs[i] < 0 || values[i] < 0) {
				throw new IllegalArgumentException("costs and values must be 0 or more");
			}
			if (forced[i] > 0) {
				chosen[i] = true;
				capacity -= costs[i];
				base += values[i];
			}
			else if (forced[i] == 0 && values[i] > 0) {
				if (costs[i] == 0) {
					chosen[i] = true;
					base += values[i];
				}
				else {
					free[freeCount++] = i;
				}
			}
		}
		if (capacity < 0) {
			return null;
		}
		Integer[] candidates = Arrays.copyOf(free, freeCount);
		// Best value per cost first; ties by the larger value, then input order, so the result is stable.
		Arrays.sort(candidates, Comparator.<Integer>comparingDouble(i -> -(double) values[i] / costs[i])
			.thenComparingLong(i -> -values[i])
			.thenComparingInt(i -> i));
		int[] order = Arrays.stream(candidates).mapToInt(Integer::intValue).toArray();
		Knapsack search = new Knapsack(costs, values, order);
		search.best = new boolean[order.length];
		search.bestValue = -1;
		search.dfs(0, capacity, 0);
		long cost = 0;
		long value = base;
		for (int k = 0; k < order.length; k++) {
			if (search.best[k]) {
				chosen[order[k]] = true;
			}
		}
		for (int i = 0; i < n; i++) {
			if (chosen[i]) {
				cost += costs[i];
			}
		}
		value += Math.max(0, search.bestValue);
		return new Solution(chosen, cost, value, search.nodes);
	}

	private void dfs(int k, long capacity, long current) {
		nodes++;
		if (current > bestValue) {
			bestValue = current;
			System.arraycopy(take, 0, best, 0, take.length);
		}
		if (k == order.length) {
			return;
		}
		if (bound(k, capacity, current) <= bestValue) {
			return;
		}
		int item = order[k];
		if (cost[item] <= capacity) {
			take[k] = true;
			dfs(k + 1, capacity - cost[item], current + value[item]);
			take[k] = false;
		}
		dfs(k + 1, capacity, current);
	}

	/** The linear relaxation from position k: whole items by ratio while they fit, then a fraction of the next. */
	private long bound(int k, long capacity, long current) {
		long limit = prefixCost[k] + capacity;
		// the last position j with prefixCost[j] <= limit
		int lo = k;
		int hi = order.length;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (prefixCost[mid] <= limit) {
				lo = mid;
			}
			else {
				hi = mid - 1;
			}
		}
		long whole = current + prefixValue[lo] - prefixValue[k];
		if (lo == order.length) {
			return whole;
		}
		int next = order[lo];
		long room = limit - prefixCost[lo];
		// The floor of the fractional part, in whole numbers (a better solution must reach bestValue + 1);
		// past the range of long, a rounded-up double still bounds from above.
		try {
			return whole + Math.multiplyExact(value[next], room) / cost[next];
		}
		catch (ArithmeticException overflow) {
			return whole + (long) Math.ceil((double) value[next] * room / cost[next]) + 1;
		}
	}
}
