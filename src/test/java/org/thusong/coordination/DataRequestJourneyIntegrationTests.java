package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thusong.Browser;
import org.thusong.ThusongIntegrationTest;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single entry point, in a browser: the Eastern Cape's CoGTA asks three of Amathole's
 * municipalities for household electricity figures, sees Mbhashe's electrified households answered
 * at once from the central database, Mbhashe's PMS officer answers the rest in one form, and the
 * department downloads the answer.
 */
@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "thusong.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataRequestJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IndicatorValues values;

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
	void aDepartmentAsksOnceAndTheMunicipalityAnswersInOneForm() throws Exception {
		values.store(List.of(new IndicatorValues.NewValue("EE1.1(1)", "EC121", "ZA/EC/DC12/EC121",
				Period.parse("2025July", "period"), new BigDecimal("41000"), null)), "census", "test");

		browser.signIn("ec.coordinator", "thusong-demo").open("/coordination/new")
			.type("title", "Household electricity 2025/26")
			.type("dataElements", "EE1.1(1) EE1.1(2)")
			.type("periods", "2025July");
		browser.driver().executeScript("document.getElementById('dueOn').value = arguments[0]",
				LocalDate.now().plusDays(21).toString());
		browser.clickId("m-EC121").clickId("m-EC122").clickId("m-EC123");
		browser.screenshot("data-request-1-form");
		browser.followId("file-request");
		assertThat(browser.text(By.id("summary"))).contains("1 of 6 values answered");
		String reference = browser.text(By.tagName("h1")).split(" ")[0];
		browser.screenshot("data-request-2-filed");
		browser.followId("logout");

		browser.signIn("mbhashe.pms", "thusong-demo").open("/coordination/answers");
		assertThat(browser.text(By.id("asks"))).contains("EE1.1(2)").contains(reference).doesNotContain("EE1.1(1)");
		List<WebElement> inputs = browser.driver().findElements(By.cssSelector("#asks input"));
		assertThat(inputs).hasSize(1);
		inputs.get(0).sendKeys("52 000");
		browser.screenshot("data-request-3-answer");
		browser.followId("save-answers");
		assertThat(browser.text(By.id("answered"))).contains("1 answer(s) saved");
		assertThat(browser.text(By.id("no-questions"))).isNotEmpty();
		browser.followId("logout");

		browser.signIn("ec.coordinator", "thusong-demo").open("/coordination/requests/" + reference);
		assertThat(browser.text(By.id("summary"))).contains("2 of 6 values answered");
		Object csv = browser.driver().executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(document.getElementById('download').href).then(r => r.text()).then(done);");
		assertThat((String) csv).contains("EE1.1(1),2025July,EC121,41000,database")
			.contains("EE1.1(2),2025July,EC121,52000,asked")
			.contains("EE1.1(1),2025July,EC122,,not answered yet");
		browser.screenshot("data-request-4-answered");
	}
}
