package org.thusong.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real servlet container, whose own multipart limit is set low here, so that
 * its refusal (which happens before any controller runs) is seen to become a 413, not a 500.
 */
@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=4KB" })
class UploadOverHttpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry properties) throws IOException {
		String folder = Files.createTempDirectory("thusong-upload-http-test").toString();
		properties.add("thusong.data-dir", () -> folder);
	}

	@BeforeEach
	void anOfficerOfMbhashe() {
		jdbc.sql("""
				INSERT INTO organisation (code, name, kind, jurisdiction_area_code, jurisdiction_path)
				VALUES ('EC121', 'Mbhashe Local Municipality', 'MUNICIPALITY', 'EC121', 'ZA/EC/DC12/EC121')
				ON CONFLICT DO NOTHING""").update();
		jdbc.sql("""
				INSERT INTO identity_user (username, full_name, password_hash, roles, organisation_code)
				VALUES ('nomsa', 'Nomsa Dlamini', '{noop}a-long-test-password', '{OFFICER}', 'EC121')
				ON CONFLICT DO NOTHING""").update();
	}

	@Test
	void aSmallUploadIsStored() throws Exception {
		HttpResponse<String> response = upload(SampleFiles.pdf(), "evidence.pdf");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"areaPath\":\"ZA/EC/DC12/EC121\"").contains("\"uploadedBy\":\"nomsa\"");
	}

	@Test
	void anUploadOverTheContainerLimitGets413() throws Exception {
		HttpResponse<String> response = upload(SampleFiles.pdfOfSize(16 * 1024), "big.pdf");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("the limit of 20 MB");
		assertThat(jdbc.sql("SELECT count(*) FROM document").query(Integer.class).single()).isLessThanOrEqualTo(1);
	}

	private HttpResponse<String> upload(byte[] content, String filename) throws Exception {
		String boundary = "thusong-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("nomsa:a-long-test-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
