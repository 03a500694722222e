package org.thusong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Listing at scale: the median latency of the staff queue's API list and of Open311's list for
 * Mbhashe, with 50,000 and then 5,000,000 requests loaded, spread over every ward of the 2016
 * demarcation (so Mbhashe holds its share). A main class, not a test (bench/README-requests.md).
 *
 * <p>Arguments: [small, default 50000] [large, default 5000000] [samples, default 40].
 */
public final class ListingBenchmark {

	public static void main(String[] args) throws Exception {
		int small = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int large = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
		int samples = args.length > 2 ? Integer.parseInt(args[2]) : 40;
		try (BenchApp app = BenchApp.start("listing", "--logging.level.thusong.requests=WARN", "--thusong.requests.escalation-interval=PT24H")) {
			String base = app.base();
			HttpClient http = app.http();
			String apiKey = IntakeBenchmark.apiKey(http, base);
			IntakeBenchmark.post(http, base, apiKey, 0);
			JdbcClient jdbc = JdbcClient.create(app.getBean(HikariDataSource.class));
			List<String> queue = List.of(base + "/api/v1/requests?organisation=EC121&status=open&service=pothole&size=50",
					base + "/open311/v2/requests.json?jurisdiction_id=EC121&status=open&service_code=pothole&page_size=50");
			System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"));
			load(jdbc, 1, small);
			report(http, apiKey, queue, samples, small);
			load(jdbc, small + 1, large);
			report(http, apiKey, queue, samples, large);
		}
	}

	/** Requests numbered from..to, spread over every 2016 ward, a year of dates, five services, seven states. */
	static void load(JdbcClient jdbc, int from, int to) {
		long started = System.nanoTime();
		long service = jdbc.sql("SELECT id FROM request_service WHERE organisation_code = 'EC121' AND code = 'streetlight-out'")
			.query(Long.class).single();
		for (int chunk = from; chunk <= to; chunk += 250_000) {
			jdbc.sql("""
					WITH wards AS (
					  SELECT row_number() OVER (ORDER BY code) AS n, code, code_path, name, parent_code
					    FROM geography_area WHERE demarcation = 'ZA-2016' AND level = 'WARD'),
					  total AS (SELECT count(*) AS c FROM wards)
					INSERT INTO service_request (reference, organisation_code, area_path, ward_code, ward_demarcation, ward_name,
					    service_id, service_code, kind, description, filed_by_kind, channel, status, department_code, priority,
					    submitted_at, due_at, updated_at, resolved_at)
					SELECT 'BULK-' || g, w.parent_code, w.code_path, w.code, 'ZA-2016', w.name, :service,
					       (ARRAY['pothole','water-leak','streetlight-out','refuse-not-collected','noise'])[1 + g % 5],
					       'REQUEST', 'Bulk request ' || g, 'CITIZEN', 'API',
					       (ARRAY['SUBMITTED','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED','CLOSED','CLOSED'])[1 + g % 7],
					       'TECHNICAL', 'NORMAL', now() - (g % 365) * interval '1 day',
					       now() - (g % 365) * interval '1 day' + interval '72 hours', now(),
					       CASE WHEN g % 7 >= 3 THEN now() - (g % 365) * interval '1 day' + interval '48 hours' END
					  FROM generate_series(:from, :to) g
					  JOIN wards w ON w.n = 1 + g % (SELECT c FROM total)""")
				.param("service", service)
				.param("from", chunk)
				.param("to", Math.min(to, chunk + 249_999))
				.update();
		}
		jdbc.sql("ANALYZE service_request").update();
		System.out.printf("loaded %,d requests (now %,d) in %.0f s%n", to - from + 1,
				jdbc.sql("SELECT count(*) FROM service_request").query(Long.class).single(), (System.nanoTime() - started) / 1e9);
	}

	static void report(HttpClient http, String apiKey, List<String> urls, int samples, int size) throws Exception {
		for (String url : urls) {
			List<Double> millis = new ArrayList<>();
			for (int i = 0; i < samples + 5; i++) {
				long started = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", apiKey).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
				}
				if (i >= 5) {
					millis.add((System.nanoTime() - started) / 1e6);
				}
			}
			System.out.printf("%,d requests loaded: %s median %.1f ms (of %d)%n", size, url.replaceAll("http://localhost:\\d+", ""),
					BenchApp.median(millis), samples);
		}
	}
}
