package org.thusong.requests.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reference numbers a person can read out on the phone: the municipality's code, the year and a
 * number that counts up per municipality and year, e.g. {@code EC121-2026-004211}.
 * <p>
 * Each municipality-year has its own PostgreSQL sequence. A sequence hands out numbers without
 * locking anything until commit, so sixteen people filing at once do not queue behind one
 * counter row; a filing that fails leaves a gap in the numbers, which nobody needs to mind.
 */
@Component
public class ReferenceNumbers {

	private final JdbcClient jdbc;

	/**
	 * Sequences seen committed; they are never dropped, so seeing once is enough. One this
	 * transaction creates is not added: should the filing roll back, it would not exist.
	 */
	private final Set<String> known = ConcurrentHashMap.newKeySet();

	ReferenceNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String next(String organisationCode, Instant at, ZoneId zone) {
		int year = ZonedDateTime.ofInstant(at, zone).getYear();
		String sequence = sequenceName(organisationCode, year);
		if (!known.contains(sequence)) {
			if (exists(sequence)) {
				known.add(sequence);
			}
			else {
				// The first request of a municipality-year makes its sequence. Two first requests at
				// once take turns on an advisory lock; the second then finds the one the first committed.
				jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:name))").param("name", sequence).query(Object.class).single();
				// IF NOT EXISTS, not a second look-up: a look-up right after the lock may still answer
				// from this session's catalog cache, from before the first filing's commit (seen in CI).
				jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence).update();
			}
		}
		long number = jdbc.sql("SELECT nextval(CAST(:name AS regclass))").param("name", sequence).query(Long.class).single();
		return String.format("%s-%d-%06d", organisationCode, year, number);
	}

	private boolean exists(String sequence) {
		return jdbc.sql("SELECT to_regclass(:name) IS NOT NULL").param("name", sequence).query(Boolean.class).single();
	}

	/** A safe identifier: organisation codes are letters, digits and hyphens. */
	static String sequenceName(String organisationCode, int year) {
		return "request_ref_" + organisationCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + year;
	}
}
