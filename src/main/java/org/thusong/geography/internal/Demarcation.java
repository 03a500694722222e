package org.thusong.geography.internal;

/**
 * One version of a country's map: e.g. {@code ZA-2016}, the municipal demarcation of South
 * Africa's 2016 local elections. Areas are known by demarcation and code.
 */
public record Demarcation(String code, String country, String name, Integer year, boolean current, String source,
		String licence) {
}
