package org.thusong.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thusong.Browser;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same quarter in Turkish for Erzincan's strategic plan: the strategy unit imports the
 * performans programı, the memur captures a quarter with evidence, the müdür reviews, the
 * strategy unit verifies and approves, and the quarterly report comes out in Turkish.
 */
@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "thusong.demo=true")
class ErzincanJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PlanningClock clock;

	@Autowired
	PerformanceReports reports;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		clock.set(Clock.fixed(LocalDate.of(2031, 4, 10).atStartOfDay(ZoneId.of("Europe/Istanbul")).toInstant(),
				ZoneId.of("Europe/Istanbul")));
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	private void as(String username) {
		browser.driver().manage().deleteAllCookies();
		browser.signIn(username, "thusong-demo");
		browser.open("/planning?lang=tr");
	}

	@Test
	void aQuarterOfTheStrategicPlanInTurkish() throws Exception {
		List<Object> row = Arrays.asList("1.1.2", "Kurumsal yapıyı güçlendirmek", "H1.1", "Halkla ilişkiler", "Düzenlenen halk günü sayısı",
				"adet", 8, 12, 3, 3, 3, 3, "kümülatif", "yüksek", "tüm mahalleler", "MUHTARLIK", "Muhtarlık İşleri Müdürü", "46.02", 60000,
				"Katılım listeleri", "E", null);
		Path workbook = Files.createTempFile("program", ".xlsx");
		Files.write(workbook, PlanningFixtures.workbook(List.of(row)));
		Path evidence = Files.createTempFile("katilim", ".pdf");
		Files.write(evidence, PerformanceCycleIntegrationTests.PDF);

		as("erzincan.strateji");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Performans");
		browser.followId("link-import").type("year", "2031").attach("file", workbook).followId("import");
		assertThat(browser.text(By.id("imported"))).contains("1 gösterge satırı içe aktarıldı");
		browser.follow(By.linkText("1.1.2"));
		String kpi = browser.path().replaceFirst("#.*", "");

		as("erzincan.memur");
		browser.open(kpi).type("value-1", "2").followId("capture-1");
		assertThat(browser.text(By.id("error"))).contains("sapma nedeni zorunludur");
		browser.type("value-1", "2").type("variance-1", "Şubat halk günü kar nedeniyle ertelendi")
			.type("measure-1", "Nisan ayında telafi edilecek").followId("capture-1");
		assertThat(browser.text(By.id("done"))).isEqualTo("Gerçekleşme kaydedildi.");
		browser.attach("file-1", evidence).followId("upload-1").followId("submit-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Gönderildi");

		as("erzincan.manager");
		browser.open(kpi).followId("review-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("İncelendi");

		as("erzincan.strateji");
		browser.open(kpi).followId("verify-1").followId("approve-1");
		assertThat(browser.text(By.id("state-1"))).isEqualTo("Onaylandı");
		assertThat(browser.text(By.id("status-1"))).isEqualTo("Gerçekleşmedi");
		browser.screenshot("planning-erzincan-approved");

		browser.follow(By.partialLinkText("Performans programı 2031"));
		browser.choose("report-kind", "QUARTERLY").choose("report-quarter", "1").choose("report-format", "PDF").followId("report-start");
		browser.waitFor(By.id("report-download"));
		UUID job = UUID.fromString(browser.path().replaceFirst("^/planning/reports/", "").replaceFirst("[?#].*", ""));
		String pdf = WorkbookAndReportsIntegrationTests.text(reports.file(job, Scope.of("TR")).content());
		assertThat(pdf).contains("Erzincan Belediyesi").contains("Üç aylık performans raporu").contains("2031 yılı 1. çeyrek")
			.contains("Düzenlenen halk günü sayısı").contains("Gerçekleşmedi").contains("Şubat halk günü kar nedeniyle ertelendi")
			.contains("Onaylandı");
	}
}
