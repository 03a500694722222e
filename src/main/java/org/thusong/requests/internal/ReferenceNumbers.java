package org.thusong.requests.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reference numbers a person can read out on the phone: the municipality's code, the year and a
 * number that counts up per municipality and year, e.g. {@code EC121-2026-004211}. The counter
 * row is locked by the upsert, so two instances never hand out the same number.
 */
@Component
public class ReferenceNumbers {

	private final JdbcClient jdbc;

	ReferenceNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String next(String organisationCode, Instant at, ZoneId zone) {
		int year = ZonedDateTime.ofInstant(at, zone).getYear();
		int number = jdbc.sql("""
				INSERT INTO request_reference_counter (organisation_code, year, last_number) VALUES (:org, :year, 1)
				ON CONFLICT (organisation_code, year) DO UPDATE SET last_number = request_reference_counter.last_number + 1
				RETURNING last_number""")
			.param("org", organisationCode)
			.param("year", year)
			.query(Integer.class)
			.single();
		return String.format("%s-%d-%06d", organisationCode, year, number);
	}
}
