package org.thusong.projects;

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
 * A coordinator in headless Chromium: opens Amathole's backlogs, follows the worst sanitation
 * backlog down to a municipality and its worst ward, registers a project there, reports its
 * progress to completion, and sees the backlog outlook move.
 */
@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "thusong.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacklogToProjectJourneyIntegrationTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aCoordinatorFindsTheWorstWardRegistersAProjectAndSeesTheOutlookMove() {
		browser.signIn("amathole.coordinator", "thusong-demo");
		browser.followId("nav-backlogs");
		assertThat(browser.text(By.id("title"))).isEqualTo("Backlogs: Amathole");
		assertThat(browser.text(By.id("rule"))).contains("ventilated pit latrines (VIP) basic");
		browser.screenshot("backlogs-1-amathole");

		String municipality = browser.text(By.id("child-0"));
		browser.followId("child-0");
		assertThat(browser.text(By.id("title"))).isEqualTo("Backlogs: " + municipality);
		browser.screenshot("backlogs-2-worst-municipality");
		String ward = browser.text(By.id("child-0"));
		browser.followId("child-0");
		assertThat(browser.text(By.id("title"))).isEqualTo("Backlogs: " + ward);
		assertThat(browser.text(By.id("answers-box"))).isNotBlank();
		browser.screenshot("backlogs-3-worst-ward");

		browser.followId("register-here");
		browser.type("title", "VIP toilets for the worst ward").type("households", "400").type("budget", "6000000")
			.choose("stage", "CONSTRUCTION").type("progress", "20");
		browser.followId("register");
		assertThat(browser.text(By.id("title"))).contains("VIP toilets for the worst ward");
		String municipalityCode = browser.text(By.id("title")).substring(0, browser.text(By.id("title")).indexOf("-P"));
		browser.screenshot("backlogs-4-project");

		browser.followId("outlook-link");
		long plannedBefore = number("outlook-planned");
		long leftBefore = number("outlook-left");
		long completedBefore = number("outlook-completed");
		assertThat(plannedBefore).isGreaterThanOrEqualTo(400);
		browser.driver().navigate().back();

		browser.type("report-progress", "10").followId("report");
		assertThat(browser.text(By.id("error"))).contains("progress goes back from 20% to 10%");
		browser.type("report-progress", "60").type("report-note", "Half the units built").followId("report");
		assertThat(browser.text(By.id("progress-value"))).isEqualTo("60%");
		browser.choose("report-stage", "COMPLETED").type("report-progress", "100").followId("report");
		assertThat(browser.text(By.id("stage"))).isEqualTo("Completed");
		browser.screenshot("backlogs-5-completed");

		browser.followId("outlook-link");
		assertThat(number("outlook-completed")).isEqualTo(completedBefore + 400);
		assertThat(number("outlook-left")).isEqualTo(leftBefore - 400);
		assertThat(number("outlook-planned")).isEqualTo(plannedBefore - 400);
		assertThat(browser.title()).contains(municipality);
		assertThat(municipalityCode).isNotBlank();
		browser.screenshot("backlogs-6-outlook");
	}

	private long number(String id) {
		return Long.parseLong(browser.text(By.id(id)).replaceAll("[^0-9]", ""));
	}
}
