package org.thusong.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake: Open311 POST throughput at 16 concurrent clients, beside a bare JDBC insert-and-commit
 * of the same row into the same PostgreSQL at the same concurrency, in the same run, rounds
 * alternating. A main class, not a test (see bench/README-requests.md).
 *
 * <p>Arguments: [requests per round, default 2000] [rounds, default 5].
 */
public final class IntakeBenchmark {

	static final int CLIENTS = 16;

	public static void main(String[] args) throws Exception {
		int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		try (BenchApp app = BenchApp.start("intake", "--logging.level.thusong.requests=WARN")) {
			int port = app.port();
			String base = "http://localhost:" + port;
			HttpClient http = app.http();
			String apiKey = apiKey(http, base);
			HikariDataSource dataSource = app.getBean(HikariDataSource.class);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			long serviceId = jdbc.sql("SELECT id FROM request_service WHERE organisation_code = 'EC121' AND code = 'streetlight-out'")
				.query(Long.class).optional().orElseGet(() -> {
					try {
						post(http, base, apiKey, 0);
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
					return jdbc.sql("SELECT id FROM request_service WHERE organisation_code = 'EC121' AND code = 'streetlight-out'")
						.query(Long.class).single();
				});
			String url = dataSource.getJdbcUrl();
			String user = dataSource.getUsername();

			// Warm up both paths.
			open311Round(http, base, apiKey, 400);
			bareRound(url, user, serviceId, 400, -1);
			List<Double> open311 = new ArrayList<>();
			List<Double> bare = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				open311.add(open311Round(http, base, apiKey, perRound));
				bare.add(bareRound(url, user, serviceId, perRound, round));
			}
			double o = BenchApp.median(open311);
			double b = BenchApp.median(bare);
			System.out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
			System.out.printf("clients: %d; requests per round: %d; rounds: %d (alternating)%n", CLIENTS, perRound, rounds);
			System.out.printf("Open311 POST /open311/v2/requests.json: median %.0f requests/s (rounds: %s)%n", o, rounded(open311));
			System.out.printf("bare JDBC insert-and-commit of the same row: median %.0f rows/s (rounds: %s)%n", b, rounded(bare));
			System.out.printf("ratio Open311 / bare insert: %.0f%%%n", 100 * o / b);
		}
	}

	static String apiKey(HttpClient http, String base) throws Exception {
		String body = "{\"name\":\"intake benchmark\",\"roles\":[\"AGENT\"],\"organisationCode\":\"EC121\"}";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/api-keys"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:bench-password-1".getBytes()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("could not create an API key: " + response.statusCode() + " " + response.body());
		}
		int start = response.body().indexOf("\"key\":\"") + 7;
		return response.body().substring(start, response.body().indexOf('"', start));
	}

	static int post(HttpClient http, String base, String apiKey, int n) throws Exception {
		String form = "api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "&jurisdiction_id=EC121"
				+ "&service_code=streetlight-out&lat=-32.10&long=28.31&description="
				+ URLEncoder.encode("Streetlight out near the clinic, report " + n, StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("Open311 POST failed: " + response.statusCode() + " " + response.body());
		}
		return response.statusCode();
	}

	static double open311Round(HttpClient http, String base, String apiKey, int total) throws Exception {
		AtomicInteger next = new AtomicInteger();
		return timed(() -> {
			int n;
			while ((n = next.getAndIncrement()) < total) {
				post(http, base, apiKey, n);
			}
			return null;
		}, total);
	}

	static double bareRound(String url, String user, long serviceId, int total, int round) throws Exception {
		AtomicInteger next = new AtomicInteger();
		return timed(() -> {
			try (Connection connection = DriverManager.getConnection(url, user, null);
					PreparedStatement insert = connection.prepareStatement("""
							INSERT INTO service_request (reference, organisation_code, area_path, ward_code, ward_demarcation,
							    ward_name, service_id, service_code, kind, description, latitude, longitude, filed_by_kind,
							    filed_by_user, channel, status, department_code, priority, submitted_at, due_at, updated_at)
							VALUES (?, 'EC121', 'ZA/EC/DC12/EC121/21201009', '21201009', 'ZA-2011', 'Mbhashe Ward 9 (21201009)',
							    ?, 'streetlight-out', 'REQUEST', ?, -32.10, 28.31, 'CITIZEN', 'bench', 'API', 'SUBMITTED',
							    'TECHNICAL', 'NORMAL', ?, ?, ?)""")) {
				connection.setAutoCommit(true);
				int n;
				while ((n = next.getAndIncrement()) < total) {
					Instant now = Instant.now();
					insert.setString(1, "BARE-" + round + "-" + n + "-" + System.nanoTime());
					insert.setLong(2, serviceId);
					insert.setString(3, "Streetlight out near the clinic, report " + n);
					insert.setTimestamp(4, Timestamp.from(now));
					insert.setTimestamp(5, Timestamp.from(now.plus(Duration.ofHours(120))));
					insert.setTimestamp(6, Timestamp.from(now));
					insert.executeUpdate();
				}
			}
			return null;
		}, total);
	}

	/** Runs the work on 16 clients at once; answers operations per second. */
	static double timed(Callable<Void> client, int total) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			long started = System.nanoTime();
			List<Future<Void>> running = clients.invokeAll(Collections.nCopies(CLIENTS, client));
			for (Future<Void> f : running) {
				f.get();
			}
			return total / ((System.nanoTime() - started) / 1e9);
		}
		finally {
			clients.shutdown();
		}
	}

	static String rounded(List<Double> values) {
		return values.stream().map(v -> String.format("%.0f", v)).toList().toString();
	}
}
