package org.thusong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationStartsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnRealPostgresql() {
		String version = jdbc.sql("SHOW server_version").query(String.class).single();
		assertThat(version).startsWith("17.");
	}

	@Test
	void createsTheAdministratorOnFirstStart() {
		assertThat(jdbc.sql("SELECT count(*) FROM identity_user WHERE username = 'admin'").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void loginPageIsServedInEnglishAndTurkish() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String english = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String turkish = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?lang=tr")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(english).contains("Sign in");
		assertThat(turkish).contains("Giriş yap");
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}
}
