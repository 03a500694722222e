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
import org.thusong.core.Scope;
import org.thusong.requests.RawDashboard;
import org.thusong.requests.RequestDashboard;
import org.thusong.requests.RequestTallies;

/**
 * Dashboard at scale: the median latency of Mbhashe's dashboard figures over the API, with 50,000
 * and then 5,000,000 requests loaded (ListingBenchmark's spread over every 2016 ward), beside
 * the same figures computed from every request in the register at each size, in the same run.
 * Also the time of the background recount after each load. A main class, not a test
 * (bench/README-requests.md).
 *
 * <p>Arguments: [small, default 50000] [large, default 5000000] [samples, default 40].
 */
public final class DashboardBenchmark {

	public static void main(String[] args) throws Exception {
		int small = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int large = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
		int samples = args.length > 2 ? Integer.parseInt(args[2]) : 40;
		try (BenchApp app = BenchApp.start("dashboard", "--logging.level.thusong.requests=WARN", "--thusong.requests.escalation-interval=PT24H", "--thusong.requests.tally-interval=PT24H")) {
			String base = app.base();
			HttpClient http = app.http();
			String apiKey = IntakeBenchmark.apiKey(http, base);
			IntakeBenchmark.post(http, base, apiKey, 0);
			JdbcClient jdbc = JdbcClient.create(app.getBean(HikariDataSource.class));
			RequestTallies tallies = app.getBean(RequestTallies.class);
			RequestDashboard dashboard = app.getBean(RequestDashboard.class);
			System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"));
			for (int[] step : new int[][] { { 1, small }, { small + 1, large } }) {
				ListingBenchmark.load(jdbc, step[0], step[1]);
				long started = System.nanoTime();
				int months = tallies.recountNow();
				System.out.printf("%,d requests: first recount of %d municipality-months took %.1f s%n", step[1], months,
						(System.nanoTime() - started) / 1e9);
				// The pass after looks back a clock margin before the first and recounts the load's last
				// changes once more; steady use starts after it.
				Thread.sleep(11_000);
				tallies.recountNow();
				IntakeBenchmark.post(http, base, apiKey, step[1]);
				started = System.nanoTime();
				months = tallies.recountNow();
				System.out.printf("%,d requests: a pass after one new request (%d months) took %.0f ms%n", step[1], months,
						(System.nanoTime() - started) / 1e6);
				report(step[1], samples, () -> {
					HttpResponse<String> response = http.send(
							HttpRequest.newBuilder(URI.create(base + "/api/v1/requests/dashboard?organisation=EC121"))
								.header("X-API-Key", apiKey)
								.build(),
							HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 200) {
						throw new IllegalStateException("dashboard answered " + response.statusCode() + ": " + response.body());
					}
				}, "dashboard API, pre-counted");
				report(step[1], samples, () -> dashboard.figures(Scope.of("ZA/EC/DC12/EC121"), "EC121"),
						"figures in-process, pre-counted");
				report(step[1], Math.min(samples, 10), () -> RawDashboard.figures(jdbc, "EC121", "ZA/EC/DC12/EC121"),
						"same figures from every request, in-process");
			}
		}
	}

	interface Call {

		void run() throws Exception;

	}

	static void report(int size, int samples, Call call, String what) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < samples + 10; i++) {
			long started = System.nanoTime();
			call.run();
			if (i >= 10) {
				millis.add((System.nanoTime() - started) / 1e6);
			}
		}
		System.out.printf("%,d requests loaded: %s: median %.1f ms (of %d)%n", size, what, BenchApp.median(millis),
				samples);
	}
}
