package org.thusong.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.thusong.core.Scope;

/**
 * The values of the central database: stored one per data element, area and period, and read
 * back rolled up over the area hierarchy and over periods by each element's {@link Aggregation}.
 *
 * <p>Roll-up over areas: the values of the area asked for and of every area inside it, where an
 * area's own value stands for everything inside it (a municipality's reported total is used, not
 * added to its wards' values). Over periods: every stored period lying wholly inside the period
 * asked for (the months and quarters of a year).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValues {

	/** A value to store. */
	public record NewValue(String dataElement, String orgUnit, String areaPath, Period period, BigDecimal value,
			String comment) {
	}

	/** How a store went: values new, changed, and the same as already held. */
	public record Stored(int imported, int updated, int ignored) {
	}

	/** An indicator's figure for an area and period, or why there is none. */
	public record Figure(BigDecimal numerator, BigDecimal denominator, BigDecimal value, String missing) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final IndicatorLibrary library;

	IndicatorValues(JdbcClient jdbc, DataSource dataSource, IndicatorLibrary library) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.library = library;
	}

	/**
	 * Stores the values from one source: new ones inserted, changed ones replaced, equal ones left
	 * (the last of several for the same element, area and period wins).
	 */
	@Transactional
	public Stored store(List<NewValue> values, String source, String approvedBy) {
		IncomingValues incoming = receive();
		try {
			for (NewValue v : values) {
				incoming.add(v);
			}
			return merge(incoming, source, approvedBy);
		}
		catch (SQLException e) {
			incoming.abandon();
			throw new IllegalStateException("Could not stream the values to the database", e);
		}
	}

	/** Opens the stream of values an import fills as it checks them, in the current transaction. */
	IncomingValues receive() {
		try {
			return IncomingValues.open(DataSourceUtils.getConnection(dataSource));
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not open the stream of values to the database", e);
		}
	}

	/**
	 * Merges what arrived into the values in one statement (a MERGE joining the two tables, so
	 * that a million values take seconds, not a million round trips; bench/RESULTS.md).
	 */
	Stored merge(IncomingValues incoming, String source, String approvedBy) throws SQLException {
		IncomingValues.Received received = incoming.finish();
		// Without statistics the planner takes the temporary table for a few rows and probes the
		// values' index once per value; with them it joins a large import by hashing.
		jdbc.sql("ANALYZE indicator_value_incoming").update();
		jdbc.sql("SET LOCAL work_mem = '256MB'").update();
		String from = received.repeats()
				? "(SELECT DISTINCT ON (data_element, area_path, period) * FROM indicator_value_incoming"
						+ " ORDER BY data_element, area_path, period, seq DESC)"
				: "indicator_value_incoming";
		record Counts(int imported, int updated) {
		}
		// MERGE, unlike INSERT … ON CONFLICT, fails when another transaction inserts one of the same
		// new keys meanwhile (it waits for it, then finds the key taken). Tried again, the merge sees
		// that value and updates it; the savepoint keeps the staged values for the new try.
		TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
		for (int attempt = 1;; attempt++) {
			Object savepoint = transaction.createSavepoint();
			try {
				Counts counts = jdbc.sql("""
						WITH merged AS (
						  MERGE INTO indicator_value v USING %s i
						     ON v.data_element = i.data_element AND v.area_path = i.area_path AND v.period_start = i.period_start
						    AND v.period = i.period
						   WHEN MATCHED AND (v.value IS DISTINCT FROM i.value OR v.comment IS DISTINCT FROM i.comment) THEN
						     UPDATE SET value = i.value, comment = i.comment, source = :source, approved_by = :approvedBy, updated_at = now()
						   WHEN NOT MATCHED THEN
						     INSERT (data_element, area_code, area_path, period, period_start, period_end, value, comment, source, approved_by)
						     VALUES (i.data_element, i.area_code, i.area_path, i.period, i.period_start, i.period_end, i.value, i.comment,
						             :source, :approvedBy)
						  RETURNING merge_action() AS action)
						SELECT count(*) FILTER (WHERE action = 'INSERT') AS imported, count(*) FILTER (WHERE action = 'UPDATE') AS updated
						  FROM merged""".formatted(from))
					.param("source", source)
					.param("approvedBy", approvedBy)
					.query((rs, n) -> new Counts(rs.getInt("imported"), rs.getInt("updated")))
					.single();
				transaction.releaseSavepoint(savepoint);
				return new Stored(counts.imported(), counts.updated(), received.count() - counts.imported() - counts.updated());
			}
			catch (DuplicateKeyException e) {
				transaction.rollbackToSavepoint(savepoint);
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	/**
	 * Stored values within the scope, as DHIS2 exports them: of the data elements, periods and
	 * areas given (an empty list: any), with {@code children} the areas inside each area too.
	 */
	public List<DataValue> find(Scope scope, List<String> elements, List<String> periods, List<String> areaPaths,
			boolean children, int limit) {
		List<String> patterns = new ArrayList<>();
		for (String path : areaPaths) {
			patterns.add(path);
			if (children) {
				patterns.add(path + "/%");
			}
		}
		return jdbc.sql("""
				SELECT * FROM indicator_value
				 WHERE area_path LIKE ANY (:scope)
				   AND (cardinality(CAST(:elements AS text[])) = 0 OR data_element = ANY (:elements))
				   AND (cardinality(CAST(:periods AS text[])) = 0 OR period = ANY (:periods))
				   AND (cardinality(CAST(:areas AS text[])) = 0 OR area_path LIKE ANY (:areas))
				 ORDER BY data_element, area_path, period_start LIMIT :limit""")
			.param("scope", scope.likePatternArray())
			.param("elements", elements.toArray(String[]::new))
			.param("periods", periods.toArray(String[]::new))
			.param("areas", patterns.toArray(String[]::new))
			.param("limit", limit)
			.query((rs, n) -> new DataValue(rs.getString("data_element"), rs.getString("area_code"), rs.getString("area_path"),
					rs.getString("period"), rs.getBigDecimal("value"), rs.getString("comment"), rs.getString("source"),
					rs.getString("approved_by"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** A data element's value for an area and period, rolled up by its rule; empty when nothing is held. */
	public Optional<BigDecimal> total(DataElement element, String areaPath, Period period) {
		return Optional.ofNullable(totals(List.of(new Wanted(element, areaPath, period))).get(0));
	}

	/** One roll-up asked for: a data element in an area (and everything inside it) over a period. */
	public record Wanted(DataElement element, String areaPath, Period period) {
	}

	/**
	 * Many roll-ups in one statement (a page of a data request reads thousands), each as
	 * {@link #total} reads it; in the order asked, null where nothing is held.
	 */
	public List<BigDecimal> totals(List<Wanted> wanted) {
		if (wanted.isEmpty()) {
			return List.of();
		}
		BigDecimal[] found = new BigDecimal[wanted.size()];
		jdbc.sql("""
				SELECT w.n, t.sum, t.avg, t.last
				  FROM unnest(CAST(:elements AS text[]), CAST(:paths AS text[]), CAST(CAST(:starts AS text[]) AS date[]),
				              CAST(CAST(:ends AS text[]) AS date[]))
				       WITH ORDINALITY AS w (element, path, start_on, end_on, n)
				 CROSS JOIN LATERAL (
				   WITH held AS (
				     SELECT area_path, period_start, value FROM indicator_value
				      WHERE data_element = w.element
				        -- everything below the area as a range the key serves: in byte order the paths
				        -- under "ZA/EC" run from "ZA/EC/" to "ZA/EC0"
				        AND (area_path = w.path OR (area_path >= w.path || '/' AND area_path < w.path || '0'))
				        AND period_start >= w.start_on AND period_end <= w.end_on),
				   highest AS (
				     SELECT * FROM held h WHERE NOT EXISTS (SELECT 1 FROM held a WHERE h.area_path LIKE a.area_path || '/%'))
				   SELECT (SELECT sum(value) FROM highest) AS sum, (SELECT avg(value) FROM highest) AS avg,
				          (SELECT sum(value) FROM (SELECT DISTINCT ON (area_path) value FROM highest
				                                    ORDER BY area_path, period_start DESC) latest) AS last) t""")
			.param("elements", wanted.stream().map(w -> w.element().code()).toArray(String[]::new))
			.param("paths", wanted.stream().map(Wanted::areaPath).toArray(String[]::new))
			.param("starts", wanted.stream().map(w -> w.period().start().toString()).toArray(String[]::new))
			.param("ends", wanted.stream().map(w -> w.period().end().toString()).toArray(String[]::new))
			.query((rs, n) -> {
				int i = rs.getInt("n") - 1;
				// An area's own value stands for everything inside it; how the rest adds up is the element's rule.
				found[i] = switch (wanted.get(i).element().aggregation()) {
					case SUM -> rs.getBigDecimal("sum");
					case AVERAGE -> rs.getBigDecimal("avg");
					case LAST -> rs.getBigDecimal("last");
				};
				return i;
			})
			.list();
		return java.util.Arrays.asList(found);
	}

	/** An indicator's numerator / denominator × factor for an area and period, or what is missing. */
	public Figure figure(Indicator indicator, String areaPath, Period period) {
		if (!indicator.computable()) {
			return new Figure(null, null, null, indicator.notComputable());
		}
		List<String> missing = new ArrayList<>();
		BigDecimal numerator = side(indicator.numerator(), areaPath, period, missing);
		BigDecimal denominator = indicator.denominator().isEmpty() ? null
				: side(indicator.denominator(), areaPath, period, missing);
		if (!missing.isEmpty()) {
			return new Figure(numerator, denominator, null, "no value for " + String.join(", ", missing));
		}
		if (denominator != null && denominator.signum() == 0) {
			return new Figure(numerator, denominator, null, "the denominator is zero");
		}
		BigDecimal value = denominator == null ? numerator.multiply(indicator.factor())
				: numerator.divide(denominator, MathContext.DECIMAL64).multiply(indicator.factor());
		BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		// 80, not 8E+1: a figure is read by people and written to CSV.
		return new Figure(numerator, denominator, shown.scale() < 0 ? shown.setScale(0) : shown, null);
	}

	private BigDecimal side(List<String> terms, String areaPath, Period period, List<String> missing) {
		BigDecimal sum = BigDecimal.ZERO;
		for (String term : terms) {
			String code = term.replaceFirst("^[+-]", "");
			Optional<BigDecimal> total = library.element(code).flatMap(e -> total(e, areaPath, period));
			if (total.isEmpty()) {
				missing.add(code);
				continue;
			}
			sum = term.startsWith("-") ? sum.subtract(total.get()) : sum.add(total.get());
		}
		return sum;
	}
}
