package org.thusong.indicators;

/** What is counted: a code, a name, how its values add up, and where its definition comes from. */
public record DataElement(String code, String name, String definition, String unit, Aggregation aggregation,
		String origin) {
}
