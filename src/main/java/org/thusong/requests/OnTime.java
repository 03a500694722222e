package org.thusong.requests;

/**
 * How many requests in a group met their service level: resolved by the due time, out of those
 * resolved plus those still open past it. Requests still open and not yet due are pending and
 * count in neither. {@code percent} is null when nothing has been decided yet.
 */
public record OnTime(String group, long total, long resolved, long onTime, long late, long pending, Double percent) {

	/** The figures with their percentage, to one decimal. */
	public static OnTime of(String group, long total, long resolved, long onTime, long late, long pending) {
		Double percent = onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
		return new OnTime(group, total, resolved, onTime, late, pending, percent);
	}
}
