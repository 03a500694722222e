package org.thusong.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

	private final IndicatorLibrary library;

	IndicatorValues(JdbcClient jdbc, IndicatorLibrary library) {
		this.jdbc = jdbc;
		this.library = library;
	}

	/** Stores the values from one source: new ones inserted, changed ones replaced, equal ones left. */
	@Transactional
	public Stored store(List<NewValue> values, String source, String approvedBy) {
		int imported = 0;
		int updated = 0;
		for (NewValue v : values) {
			Optional<Boolean> inserted = jdbc.sql("""
					INSERT INTO indicator_value (data_element, area_code, area_path, period, period_start, period_end, value,
					    comment, source, approved_by)
					VALUES (:element, :area, :path, :period, :start, :end, :value, :comment, :source, :approvedBy)
					ON CONFLICT (data_element, area_code, period) DO UPDATE
					   SET value = excluded.value, comment = excluded.comment, source = excluded.source,
					       approved_by = excluded.approved_by, area_path = excluded.area_path, updated_at = now()
					 WHERE indicator_value.value IS DISTINCT FROM excluded.value
					    OR indicator_value.comment IS DISTINCT FROM excluded.comment
					RETURNING (xmax = 0) AS inserted""")
				.param("element", v.dataElement())
				.param("area", v.orgUnit())
				.param("path", v.areaPath())
				.param("period", v.period().iso())
				.param("start", Date.valueOf(v.period().start()))
				.param("end", Date.valueOf(v.period().end()))
				.param("value", v.value())
				.param("comment", v.comment())
				.param("source", source)
				.param("approvedBy", approvedBy)
				.query(Boolean.class)
				.optional();
			if (inserted.isPresent()) {
				if (inserted.get()) {
					imported++;
				}
				else {
					updated++;
				}
			}
		}
		return new Stored(imported, updated, values.size() - imported - updated);
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
		String aggregate = switch (element.aggregation()) {
			case SUM -> "SELECT sum(value) FROM highest";
			case AVERAGE -> "SELECT avg(value) FROM highest";
			case LAST -> "SELECT sum(value) FROM (SELECT DISTINCT ON (area_path) value FROM highest"
					+ " ORDER BY area_path, period_start DESC) latest";
		};
		return Optional.ofNullable(jdbc.sql("""
				WITH held AS (
				  SELECT area_path, period_start, value FROM indicator_value
				   WHERE data_element = :element AND (area_path = :path OR area_path LIKE :below)
				     AND period_start >= :start AND period_end <= :end),
				highest AS (
				  SELECT * FROM held h
				   WHERE NOT EXISTS (SELECT 1 FROM held a WHERE h.area_path LIKE a.area_path || '/%'))
				""" + aggregate)
			.param("element", element.code())
			.param("path", areaPath)
			.param("below", areaPath + "/%")
			.param("start", Date.valueOf(period.start()))
			.param("end", Date.valueOf(period.end()))
			.query((rs, n) -> rs.getBigDecimal(1))
			.list()
			.get(0));
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
		return new Figure(numerator, denominator, value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(), null);
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
