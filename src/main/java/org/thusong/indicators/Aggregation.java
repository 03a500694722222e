package org.thusong.indicators;

/**
 * How a data element's values add up across areas and periods.
 * <ul>
 * <li>{@code SUM}: every value in the areas and periods asked for, added (counts, rands).</li>
 * <li>{@code AVERAGE}: the mean of those values (a rate measured per area and period).</li>
 * <li>{@code LAST}: for each area, the value of its latest period inside the one asked for; those
 * added over the areas (stocks: households on a waiting list, staff in post).</li>
 * </ul>
 */
public enum Aggregation {
	SUM, AVERAGE, LAST
}
