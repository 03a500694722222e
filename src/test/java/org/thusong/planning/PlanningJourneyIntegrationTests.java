package org.thusong.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thusong.Browser;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PMS officer imports an SDBIP; the official captures Q1 with evidence; the manager returns it;
 * the official fixes it; the manager reviews, the PMS unit verifies and approves; the quarterly
 * report is generated and downloaded.
 */
@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "thusong.demo=true")
class PlanningJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PlanningClock clock;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		clock.set(Clock.fixed(LocalDate.of(2030, 10, 5).atStartOfDay(ZoneId.of("Africa/Johannesburg")).toInstant(),
				ZoneId.of("Africa/Johannesburg")));
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	private void as(String username) {
		browser.driver().manage().deleteAllCookies();
		browser.signIn(username, "thusong-demo");
	}

	@Test
	void aQuarterGoesFromImportToTheQuarterlyReport() throws Exception {
		Path workbook = Files.createTempFile("sdbip", ".xlsx");
		Files.write(workbook, PlanningFixtures.workbook(List.of(PlanningFixtures.row("J1", 400, 100, 100, 100, 100),
				PlanningFixtures.row("J2", 40, 10, 10, 10, 10))));
		Path evidence = Files.createTempFile("certificates", ".pdf");
		Files.write(evidence, PerformanceCycleIntegrationTests.PDF);

		as("mbhashe.pms");
		browser.open("/planning").followId("link-import");
		browser.type("year", "2030").attach("file", workbook).followId("check");
		assertThat(browser.text(By.id("clean"))).contains("No problems");
		assertThat(browser.text(By.id("rows-read"))).contains("2 KPI rows read");
		browser.screenshot("planning-import-checked");
		browser.type("year", "2030").attach("file", workbook).followId("import");
		assertThat(browser.text(By.id("imported"))).contains("Imported 2 KPI rows");
		browser.follow(By.linkText("J1"));
		String kpi = browser.path().replaceFirst("#.*", "");

		as("mbhashe.officer");
		browser.open(kpi).type("value-1", "90").followId("capture-1");
		assertThat(browser.text(By.id("error"))).contains("varianceReason");
		browser.type("value-1", "100").type("comment-1", "All households connected").followId("capture-1");
		assertThat(browser.text(By.id("done"))).contains("saved");
		browser.attach("file-1", evidence).followId("upload-1");
		assertThat(browser.text(By.id("evidence-1"))).contains("certificates");
		browser.followId("submit-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Submitted");

		as("mbhashe.manager");
		browser.open(kpi).type("return-reason-1", "The certificates are not signed").followId("return-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Returned");

		as("mbhashe.officer");
		browser.open(kpi);
		assertThat(browser.text(By.id("returned-1"))).contains("not signed");
		browser.type("comment-1", "Signed certificates attached").followId("capture-1");
		browser.attach("file-1", evidence).followId("upload-1").followId("submit-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Submitted");

		as("mbhashe.manager");
		browser.open(kpi).followId("review-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Reviewed");

		as("mbhashe.pms");
		browser.open(kpi).followId("verify-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Verified");
		browser.followId("approve-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Approved");
		assertThat(browser.text(By.id("status-1"))).isEqualTo("Met");
		browser.screenshot("planning-kpi-approved");

		browser.follow(By.linkText("SDBIP 2030/31"));
		browser.choose("report-kind", "QUARTERLY").choose("report-quarter", "1").choose("report-format", "PDF").followId("report-start");
		browser.waitFor(By.id("report-download"));
		browser.screenshot("planning-report-ready");
		String href = browser.driver().findElement(By.id("report-download")).getAttribute("href");
		Object head = browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 5))) + ' ' + b.byteLength));""",
				href);
		assertThat(head.toString()).startsWith("%PDF-");
	}
}
