package org.thusong.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.Thusong;

/**
 * Thusong as a benchmark starts it: on an empty temporary data folder (a durable embedded
 * PostgreSQL, as the product runs), on a free port, with the administrator's password
 * {@link #ADMIN_PASSWORD} and no scheduled notifications, plus the benchmark's own settings.
 */
final class BenchApp implements AutoCloseable {

	static final String ADMIN_PASSWORD = "bench-password-1";

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private BenchApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts Thusong; {@code settings} are further {@code --name=value} arguments (command-line
	 * arguments outrank application.yml; builder properties would not).
	 */
	static BenchApp start(String name, String... settings) throws IOException {
		Path data = Files.createTempDirectory("thusong-bench-" + name);
		List<String> arguments = new ArrayList<>(List.of("--thusong.data-dir=" + data, "--thusong.admin-password=" + ADMIN_PASSWORD,
				"--server.port=0", "--thusong.notifications.scheduled=false"));
		arguments.addAll(List.of(settings));
		return new BenchApp(new SpringApplicationBuilder(Thusong.class).run(arguments.toArray(String[]::new)));
	}

	String base() {
		return "http://localhost:" + port();
	}

	int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	HttpClient http() {
		return http;
	}

	<T> T getBean(Class<T> type) {
		return context.getBean(type);
	}

	HikariDataSource dataSource() {
		return context.getBean(HikariDataSource.class);
	}

	JdbcClient jdbc() {
		return JdbcClient.create(dataSource());
	}

	@Override
	public void close() {
		context.close();
	}

	/** The line every benchmark prints first. */
	static void printMachine() {
		System.out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	/** The median of the rounds (the mean of the middle two when their number is even). */
	static double median(Collection<? extends Number> values) {
		double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}
}
