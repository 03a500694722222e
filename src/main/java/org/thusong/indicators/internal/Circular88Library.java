package org.thusong.indicators.internal;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.CsvReader;
import org.thusong.indicators.Aggregation;

/**
 * Ships National Treasury's MFMA Circular 88 indicators (138) and their numbered data elements
 * (317 rows, 301 distinct: the source repeats 16), from OpenUpSA's municipal-data (MIT licence), into the library on start when they are
 * not there yet. A data element's aggregation is guessed from its name (an average is averaged,
 * a figure "as at" a date or a balance takes the last value, anything else is summed); an admin
 * may change it.
 */
@Component
@Order(50)
class Circular88Library implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Circular88Library.class);

	static final String ORIGIN = "circular88";

	private final JdbcClient jdbc;

	Circular88Library(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws Exception {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('indicators-circular88'))").query(Object.class).single();
		if (jdbc.sql("SELECT count(*) FROM indicator WHERE origin = :o").param("o", ORIGIN).query(Long.class).single() > 0) {
			return;
		}
		int elements = 0;
		for (CsvReader.Row row : rows("/reference/indicators/circular88-data-elements.csv")) {
			String code = clean(row.get(1));
			if (code.isEmpty()) {
				continue; // blank lines of the source
			}
			String name = clean(row.get(2)).replaceFirst("^\\(\\d+\\)\\s*", "");
			elements += jdbc.sql("""
					INSERT INTO indicator_data_element (code, name, definition, aggregation, origin)
					VALUES (:code, :name, :definition, :aggregation, :origin) ON CONFLICT (code) DO NOTHING""")
				.param("code", code)
				.param("name", name)
				.param("definition", clean(row.get(3)))
				.param("aggregation", aggregationOf(name).name())
				.param("origin", ORIGIN)
				.update();
		}
		int indicators = 0;
		for (CsvReader.Row row : rows("/reference/indicators/circular88-indicators.csv")) {
			String code = clean(row.get(5));
			if (code.isEmpty()) {
				continue;
			}
			String formula = clean(row.get(8));
			FormulaReading.Reading reading = FormulaReading.read(code, formula);
			jdbc.sql("""
					INSERT INTO indicator (code, name, category, category_code, tier, responsibility, measurement, alignment,
					    formula, numerator, denominator, factor, not_computable, frequency, definition, origin)
					VALUES (:code, :name, :category, :categoryCode, :tier, :responsibility, :measurement, :alignment,
					    :formula, :numerator, :denominator, :factor, :notComputable, :frequency, :definition, :origin)
					ON CONFLICT (code) DO NOTHING""")
				.param("code", code)
				.param("name", clean(row.get(6)))
				.param("category", clean(row.get(0)))
				.param("categoryCode", clean(row.get(1)))
				.param("tier", clean(row.get(2)))
				.param("responsibility", clean(row.get(3)))
				.param("measurement", clean(row.get(4)))
				.param("alignment", clean(row.get(7)))
				.param("formula", formula)
				.param("numerator", reading.numerator().toArray(String[]::new))
				.param("denominator", reading.denominator().toArray(String[]::new))
				.param("factor", reading.factor())
				.param("notComputable", reading.notComputable())
				.param("frequency", clean(row.get(9)))
				.param("definition", clean(row.get(10)))
				.param("origin", ORIGIN)
				.update();
			indicators++;
		}
		log.info("Loaded the MFMA Circular 88 library: {} indicators, {} data elements", indicators, elements);
	}

	static Aggregation aggregationOf(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("average")) {
			return Aggregation.AVERAGE;
		}
		if (n.contains("as at") || n.contains("at the end") || n.contains("balance")) {
			return Aggregation.LAST;
		}
		return Aggregation.SUM;
	}

	private static String clean(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

	private static List<CsvReader.Row> rows(String resource) throws Exception {
		List<CsvReader.Row> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(Circular88Library.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
				CsvReader csv = new CsvReader(reader)) {
			csv.next(); // header
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				rows.add(row);
			}
		}
		return rows;
	}
}
