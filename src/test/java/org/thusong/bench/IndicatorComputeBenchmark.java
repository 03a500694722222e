package org.thusong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.indicators.Indicator;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;

/**
 * An indicator (EE1.1, households with electricity) for every 2016 municipality and every quarter
 * of 2025, computed by roll-up from ward values, first with about 100,000 values held (EE1.1's two
 * data elements for every ward and month of 2025), then after the table has grown to about
 * 10,000,000 (the same plus other Circular 88 elements), in the same run. The work is the same
 * both times (the same 105,408 values are read), so the time per value read says whether the
 * size of the database slows it down. A main class, not a test (bench/README-indicators.md).
 *
 * <p>Arguments: [large, default 10000000] [runs, default 3].
 */
public final class IndicatorComputeBenchmark {

	public static void main(String[] args) throws Exception {
		long large = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		try (BenchApp app = BenchApp.start("indicator-compute")) {
			JdbcClient jdbc = JdbcClient.create(app.getBean(HikariDataSource.class));
			IndicatorLibrary library = app.getBean(IndicatorLibrary.class);
			IndicatorValues values = app.getBean(IndicatorValues.class);
			Indicator electricity = library.indicator("EE1.1").orElseThrow();
			List<String> municipalities = jdbc.sql("""
					SELECT code_path FROM geography_area WHERE demarcation = 'ZA-2016' AND level = 'MUNICIPALITY' ORDER BY code""")
				.query(String.class).list();
			System.out.printf("machine: %d cores, Java %s; %d municipalities × 4 quarters%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), municipalities.size());

			load(jdbc, List.of("EE1.1(1)", "EE1.1(2)"));
			double small = measure(values, electricity, municipalities, runs, jdbc);
			List<String> others = jdbc.sql("""
					SELECT code FROM indicator_data_element WHERE origin = 'circular88' AND code NOT LIKE 'EE1.1(%' ORDER BY code""")
				.query(String.class).list();
			long perElement = 4392L * 12;
			int needed = (int) Math.min(others.size(), Math.max(0, (large - 105_408) / perElement));
			load(jdbc, others.subList(0, needed));
			double big = measure(values, electricity, municipalities, runs, jdbc);
			System.out.printf("ratio per value read, large / small: %.2f×%n", big / small);
		}
	}

	/** Every 2016 ward's value of each element for each month of 2025. */
	static void load(JdbcClient jdbc, List<String> elements) {
		long started = System.nanoTime();
		for (String element : elements) {
			jdbc.sql("""
					INSERT INTO indicator_value (data_element, area_code, area_path, period, period_start, period_end, value, source)
					SELECT :element, w.code, w.code_path, to_char(m, 'YYYYMM'), m, (m + interval '1 month' - interval '1 day')::date,
					       100 + (hashtext(w.code || :element || m::text) & 1023), 'benchmark'
					  FROM geography_area w, generate_series(DATE '2025-01-01', DATE '2025-12-01', interval '1 month') m
					 WHERE w.demarcation = 'ZA-2016' AND w.level = 'WARD'""")
				.param("element", element)
				.update();
		}
		jdbc.sql("ANALYZE indicator_value").update();
		System.out.printf("loaded %d element(s) in %.0f s; the table now holds %,d values%n", elements.size(),
				(System.nanoTime() - started) / 1e9, jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single());
	}

	static double measure(IndicatorValues values, Indicator indicator, List<String> municipalities, int runs, JdbcClient jdbc) {
		long read = jdbc.sql("SELECT count(*) FROM indicator_value WHERE data_element IN ('EE1.1(1)', 'EE1.1(2)')")
			.query(Long.class).single();
		List<Double> seconds = new ArrayList<>();
		for (int run = 0; run <= runs; run++) {
			long started = System.nanoTime();
			int computed = 0;
			for (String municipality : municipalities) {
				for (int q = 1; q <= 4; q++) {
					if (values.figure(indicator, municipality, Period.parse("2025Q" + q, "period")).value() != null) {
						computed++;
					}
				}
			}
			double s = (System.nanoTime() - started) / 1e9;
			if (run > 0) {
				seconds.add(s);
			}
			if (run == runs) {
				System.out.printf("%d figures computed; values read %,d%n", computed, read);
			}
		}
		double median = BenchApp.median(seconds);
		System.out.printf("median %.2f s (runs %s): %.2f µs per value read%n", median, seconds, median * 1e6 / read);
		return median * 1e6 / read;
	}
}
