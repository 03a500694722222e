package org.thusong.coordination;

import java.time.LocalDate;
import java.util.List;

/**
 * What a sector department asks: data elements of the indicator library (or new items, each with
 * a code, name and definition), for periods in ISO form, of municipalities, by a date.
 */
public record NewDataRequest(String title, List<String> dataElements, List<NewItem> newItems, List<String> periods,
		List<String> municipalities, LocalDate dueOn) {

	/** An item the library does not hold yet, defined by the requester. */
	public record NewItem(String code, String name, String definition) {
	}
}
