package org.thusong.requests;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thusong.Browser;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's whole life on a phone-sized headless Chromium: a resident reports a pothole in
 * Mbhashe with a photo and no map, the contact centre acknowledges it and sends it to Technical
 * Services, the officer resolves it, and the resident reads the answer and rates it.
 */
@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "thusong.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestJourneyIntegrationTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		browser = new Browser(port).resize(390, 844);
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aResidentsReportIsAcknowledgedAssignedResolvedAndRated() throws Exception {
		Path photo = Files.createTempFile("pothole", ".png");
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x884400);
		ImageIO.write(image, "png", photo.toFile());

		browser.open("/report/EC121");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Report a problem to Mbhashe Local Municipality");
		browser.clickId("kind-COMPLAINT")
			.choose("service", "pothole")
			.choose("answer-pothole-size", "large")
			.type("description", "A deep pothole in front of the clinic; cars swerve into the oncoming lane")
			.choose("ward", "21201032")
			.type("address", "In front of the clinic")
			.attach("photos", photo)
			.type("phone", "+27 82 555 0123");
		browser.screenshot("requests-1-report-form");
		browser.followId("submit-report");
		String reference = browser.text(By.id("reference"));
		assertThat(reference).matches("EC121-20\\d\\d-\\d{6}");
		browser.screenshot("requests-2-reference");

		browser.signIn("agent.mbhashe", "thusong-demo");
		browser.open("/requests");
		assertThat(browser.text(By.id("requests"))).contains(reference);
		browser.open("/requests/" + reference);
		assertThat(browser.text()).contains("+27825550123").contains("Larger than a car wheel");
		// The reporter's photo is on the page, loaded (the browser decoded it), not just counted.
		Object photoWidth = browser.driver().executeScript(
				"const img = document.querySelector('#photos img'); return img && img.complete ? img.naturalWidth : 0;");
		assertThat(((Number) photoWidth).intValue()).isPositive();
		browser.followId("acknowledge");
		assertThat(browser.text(By.id("status"))).isEqualTo("Acknowledged");
		browser.choose("assign-department", "TECHNICAL").followId("assign");
		assertThat(browser.text(By.id("status"))).isEqualTo("Assigned");
		browser.screenshot("requests-3-assigned");
		browser.followId("logout");

		browser.signIn("mbhashe.officer", "thusong-demo");
		browser.open("/requests/" + reference)
			.type("resolve-note", "Filled and compacted with asphalt on Tuesday")
			.followId("resolve");
		assertThat(browser.text(By.id("status"))).isEqualTo("Resolved");
		browser.followId("logout");

		browser.open("/status/" + reference);
		assertThat(browser.text(By.id("status"))).isEqualTo("Resolved");
		assertThat(browser.text(By.id("history"))).contains("Filled and compacted with asphalt on Tuesday");
		assertThat(browser.text()).doesNotContain("+27825550123");
		browser.screenshot("requests-4-status-resolved");
		browser.clickId("stars-5").type("comment", "Thank you").followId("rate");
		assertThat(browser.text(By.id("done"))).isEqualTo("Thank you for your rating.");
		assertThat(browser.text(By.id("rating"))).isEqualTo("5 of 5");
		browser.screenshot("requests-5-rated");
	}
}
