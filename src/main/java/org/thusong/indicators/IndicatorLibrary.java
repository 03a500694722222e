package org.thusong.indicators;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data elements and indicators Thusong knows: Circular 88's, and those other modules add. */
@Service
@Transactional(readOnly = true)
public class IndicatorLibrary {

	private final JdbcClient jdbc;

	IndicatorLibrary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DataElement> element(String code) {
		return jdbc.sql("SELECT * FROM indicator_data_element WHERE code = :code")
			.param("code", code == null ? "" : code.trim())
			.query(IndicatorLibrary::element)
			.optional();
	}

	public List<DataElement> elements(List<String> codes) {
		return jdbc.sql("SELECT * FROM indicator_data_element WHERE code = ANY (:codes) ORDER BY code")
			.param("codes", codes.stream().map(c -> c.replaceFirst("^[+-]", "")).toArray(String[]::new))
			.query(IndicatorLibrary::element)
			.list();
	}

	public Optional<Indicator> indicator(String code) {
		return jdbc.sql("SELECT * FROM indicator WHERE code = :code")
			.param("code", code == null ? "" : code.trim())
			.query(IndicatorLibrary::indicator)
			.optional();
	}

	/** The indicators whose code, name or category holds the text (all when it is blank), by code. */
	public List<Indicator> indicators(String text) {
		String like = text == null || text.isBlank() ? null
				: "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				SELECT * FROM indicator
				 WHERE CAST(:like AS text) IS NULL OR code ILIKE :like OR name ILIKE :like OR category ILIKE :like
				 ORDER BY category_code, code""")
			.param("like", like)
			.query(IndicatorLibrary::indicator)
			.list();
	}

	/** A data element another module counts, made the first time it is needed. */
	@Transactional
	public DataElement ensureElement(String code, String name, Aggregation aggregation, String origin) {
		return defineElement(code, name, null, aggregation, origin);
	}

	/** A new data element with its definition; one that exists already keeps its own. */
	@Transactional
	public DataElement defineElement(String code, String name, String definition, Aggregation aggregation, String origin) {
		jdbc.sql("""
				INSERT INTO indicator_data_element (code, name, definition, aggregation, origin)
				VALUES (:code, :name, :definition, :aggregation, :origin)
				ON CONFLICT (code) DO NOTHING""")
			.param("code", code)
			.param("name", name)
			.param("definition", definition)
			.param("aggregation", aggregation.name())
			.param("origin", origin)
			.update();
		return element(code).orElseThrow();
	}

	/**
	 * An indicator another module's figures make possible (numerator / denominator × factor over
	 * its data elements, written {@code +CODE}), made the first time it is needed; one that exists
	 * keeps its own definition.
	 */
	@Transactional
	public Indicator ensureIndicator(String code, String name, String category, List<String> numerator,
			List<String> denominator, BigDecimal factor, String frequency, String definition, String origin) {
		jdbc.sql("""
				INSERT INTO indicator (code, name, category, formula, numerator, denominator, factor, frequency, definition, origin)
				VALUES (:code, :name, :category, :formula, :numerator, :denominator, :factor, :frequency, :definition, :origin)
				ON CONFLICT (code) DO NOTHING""")
			.param("code", code)
			.param("name", name)
			.param("category", category)
			.param("formula", "(" + String.join(" ", numerator) + ")"
					+ (denominator.isEmpty() ? "" : " / (" + String.join(" ", denominator) + ")")
					+ (factor.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + factor.toPlainString()))
			.param("numerator", numerator.toArray(String[]::new))
			.param("denominator", denominator.toArray(String[]::new))
			.param("factor", factor)
			.param("frequency", frequency)
			.param("definition", definition)
			.param("origin", origin)
			.update();
		return indicator(code).orElseThrow();
	}

	static DataElement element(ResultSet rs, int row) throws SQLException {
		return new DataElement(rs.getString("code"), rs.getString("name"), rs.getString("definition"), rs.getString("unit"),
				Aggregation.valueOf(rs.getString("aggregation")), rs.getString("origin"));
	}

	static Indicator indicator(ResultSet rs, int row) throws SQLException {
		return new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("category"), rs.getString("tier"),
				rs.getString("responsibility"), rs.getString("measurement"), rs.getString("alignment"),
				rs.getString("formula"), Arrays.asList((String[]) rs.getArray("numerator").getArray()),
				Arrays.asList((String[]) rs.getArray("denominator").getArray()), rs.getBigDecimal("factor"),
				rs.getString("not_computable"), rs.getString("frequency"), rs.getString("definition"), rs.getString("origin"));
	}
}
