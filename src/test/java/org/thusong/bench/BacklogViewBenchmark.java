package org.thusong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;


/**
 * The backlog view for the country (9 provinces as children) beside the view for a district (its
 * municipalities), through {@code GET /api/v1/backlogs/{areaCode}} with an API key (no BCrypt on
 * the path), alternating, after a warm-up; also the first start on an empty data folder, which
 * loads the census file. A main class, not a test.
 *
 * <p>Arguments: [samples per view, default 60].
 */
public final class BacklogViewBenchmark {

	public static void main(String[] args) throws Exception {
		int samples = args.length > 0 ? Integer.parseInt(args[0]) : 60;
		long starting = System.nanoTime();
		try (BenchApp app = BenchApp.start("backlog-views", "--thusong.demo=true", "--logging.level.org.thusong=WARN")) {
			long started = System.nanoTime();
			String base = app.base();
			HttpClient http = app.http();
			String key = apiKey(http, base);
			System.out.printf("machine: %d cores, Java %s; first start with the census load: %,d ms%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), (started - starting) / 1_000_000);
			List<String> views = List.of("/api/v1/backlogs/ZA", "/api/v1/backlogs/DC12", "/api/v1/backlogs/ZA?demarcation=2011",
					"/api/v1/backlogs/DC12?demarcation=2011", "/api/v1/backlogs/EC121");
			for (int i = 0; i < 10; i++) {
				for (String view : views) {
					get(http, base + view, key);
				}
			}
			List<List<Long>> times = new ArrayList<>();
			views.forEach(v -> times.add(new ArrayList<>()));
			for (int i = 0; i < samples; i++) {
				for (int v = 0; v < views.size(); v++) {
					long t = System.nanoTime();
					int bytes = get(http, base + views.get(v), key);
					times.get(v).add((System.nanoTime() - t) / 1_000);
					if (i == 0) {
						System.out.printf("%s: %,d bytes%n", views.get(v), bytes);
					}
				}
			}
			System.out.println();
			System.out.println("| view | median | 90th percentile |");
			System.out.println("|---|---|---|");
			for (int v = 0; v < views.size(); v++) {
				List<Long> sorted = new ArrayList<>(times.get(v));
				sorted.sort(null);
				System.out.printf("| `GET %s` | %.1f ms | %.1f ms |%n", views.get(v), sorted.get(sorted.size() / 2) / 1000.0,
						sorted.get(sorted.size() * 9 / 10) / 1000.0);
			}
			List<Long> za = new ArrayList<>(times.get(0));
			List<Long> dc = new ArrayList<>(times.get(1));
			za.sort(null);
			dc.sort(null);
			System.out.printf("| country ÷ district (2016) | %.2f× | aim: at most 2× |%n", (double) za.get(za.size() / 2) / dc.get(dc.size() / 2));
		}
	}

	static String apiKey(HttpClient http, String base) throws Exception {
		String body = "{\"name\":\"backlog view benchmark\",\"roles\":[\"COORDINATOR\"],\"organisationCode\":\"ZA-DCOG\"}";
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

	static int get(HttpClient http, String url, String key) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode());
		}
		return response.body().length;
	}
}
