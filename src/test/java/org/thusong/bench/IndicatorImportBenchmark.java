package org.thusong.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import of one million values in DHIS2's data value set format (CSV, over the API: parsing, every
 * value checked, COPY into a staging table, one merge) beside PostgreSQL's own COPY of the same
 * rows into a plain table, in the same run, rounds alternating; each round changes every value
 * so the import really writes. The values: ten Circular 88 data elements × the 4,392 wards of
 * 2016 × months. A main class, not a test (bench/README-indicators.md).
 *
 * <p>Arguments: [values, default 1000000] [rounds, default 3].
 */
public final class IndicatorImportBenchmark {

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		try (BenchApp app = BenchApp.start("indicators", "--logging.level.thusong.requests=WARN")) {
			String base = app.base();
			HttpClient http = app.http();
			HikariDataSource dataSource = app.getBean(HikariDataSource.class);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			List<String> elements = jdbc.sql("SELECT code FROM indicator_data_element WHERE origin = 'circular88' ORDER BY code LIMIT 10")
				.query(String.class).list();
			Map<String, String> paths = new LinkedHashMap<>();
			jdbc.sql("SELECT code, code_path FROM geography_area WHERE demarcation = 'ZA-2016' AND level = 'WARD' ORDER BY code")
				.query((rs, n) -> paths.put(rs.getString(1), rs.getString(2)))
				.list();
			List<String> wards = List.copyOf(paths.keySet());
			jdbc.sql("CREATE TABLE bench_plain (data_element TEXT, period TEXT, org_unit TEXT, value NUMERIC)").update();
			// The second yardstick: COPY of the same rows, as the store holds them, into an empty table
			// shaped like it (same columns, key and fill factor).
			jdbc.sql("CREATE TABLE bench_store (LIKE indicator_value INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)"
					+ " WITH (fillfactor = 50)").update();
			String auth = "Basic " + Base64.getEncoder().encodeToString("admin:bench-password-1".getBytes());
			List<Double> imports = new ArrayList<>();
			List<Double> copies = new ArrayList<>();
			List<Double> storeCopies = new ArrayList<>();
			System.out.printf("machine: %d cores, Java %s; %,d values, %d rounds%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), count, rounds);
			for (int round = 0; round <= rounds; round++) {
				StringBuilder rows = new StringBuilder();
				StringBuilder storeRows = new StringBuilder();
				int n = 0;
				outer: for (int month = 0; ; month++) {
					String period = String.format("%04d%02d", 2020 + month / 12, 1 + month % 12);
					for (String ward : wards) {
						for (String element : elements) {
							rows.append('"').append(element).append("\",").append(period).append(',').append(ward).append(',')
								.append(round * 7 + n % 1000).append('\n');
							LocalDate start = LocalDate.of(2020 + month / 12, 1 + month % 12, 1);
							storeRows.append('"').append(element).append("\",").append(ward).append(',').append(paths.get(ward))
								.append(',').append(period).append(',').append(start).append(',')
								.append(start.plusMonths(1).minusDays(1)).append(',').append(round * 7 + n % 1000).append(",,bench\n");
							if (++n == count) {
								break outer;
							}
						}
					}
				}
				String csv = "dataElement,period,orgUnit,value\n" + rows;
				long started = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dataValueSets"))
					.header("Authorization", auth)
					.header("Content-Type", "text/csv")
					.POST(HttpRequest.BodyPublishers.ofString(csv))
					.build(), HttpResponse.BodyHandlers.ofString());
				double importSeconds = (System.nanoTime() - started) / 1e9;
				if (response.statusCode() != 200) {
					throw new IllegalStateException("import answered " + response.statusCode() + ": "
							+ response.body().substring(0, Math.min(500, response.body().length())));
				}
				jdbc.sql("TRUNCATE bench_plain").update();
				started = System.nanoTime();
				try (Connection c = dataSource.getConnection()) {
					c.unwrap(PGConnection.class).getCopyAPI()
						.copyIn("COPY bench_plain FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
				}
				double copySeconds = (System.nanoTime() - started) / 1e9;
				jdbc.sql("TRUNCATE bench_store").update();
				started = System.nanoTime();
				try (Connection c = dataSource.getConnection()) {
					c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
							COPY bench_store (data_element, area_code, area_path, period, period_start, period_end, value, comment,
							    source) FROM STDIN (FORMAT csv)""", new StringReader(storeRows.toString()));
				}
				double storeSeconds = (System.nanoTime() - started) / 1e9;
				if (round == 0) {
					System.out.printf("warm-up: import %.1f s, COPY %.1f s, COPY into the store's shape %.1f s (%s)%n", importSeconds,
							copySeconds, storeSeconds,
							response.body().replaceAll("\"conflicts\":\\[\\]", ""));
					continue;
				}
				imports.add(importSeconds);
				copies.add(copySeconds);
				storeCopies.add(storeSeconds);
				System.out.printf("round %d: import %.1f s, COPY %.1f s (%.1f×), COPY into the store's shape %.1f s (%.1f×)%n", round,
						importSeconds, copySeconds, importSeconds / copySeconds, storeSeconds, importSeconds / storeSeconds);
			}
			double i = BenchApp.median(imports);
			double c = BenchApp.median(copies);
			double s = BenchApp.median(storeCopies);
			System.out.printf("median: import %.1f s (%,.0f values/s), COPY %.1f s (%,.0f rows/s), ratio %.1f×;"
					+ " COPY into the store's shape %.1f s, ratio %.1f×%n", i, count / i, c, count / c, i / c, s, i / s);
		}
	}
}
