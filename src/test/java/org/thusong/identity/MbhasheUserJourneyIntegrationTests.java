package org.thusong.identity;

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
 * The foundation's journey in a real browser: the administrator creates a user scoped to
 * Mbhashe; that user sees Mbhashe and nothing of Mnquma, reads Thusong in Turkish, and signs out.
 */
@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "thusong.admin-password=admin-password-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MbhasheUserJourneyIntegrationTests {

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
	void adminCreatesAMbhasheUserWhoSeesOnlyMbhasheInEnglishAndTurkish() {
		browser.signIn("admin", "admin-password-1");
		browser.open("/users/new")
			.type("username", "thandi.mbhashe")
			.type("fullName", "Thandi Mbhashe Officer")
			.type("email", "thandi@mbhashe.example")
			.type("password", "a-long-password-1")
			.type("organisationCode", "EC121")
			.clickId("role-OFFICER");
		browser.screenshot("journey-1-new-user");
		browser.followId("save");
		assertThat(browser.text()).contains("The user is created.").contains("thandi.mbhashe");
		browser.followId("logout");

		browser.signIn("thandi.mbhashe", "a-long-password-1");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, Thandi Mbhashe Officer");
		assertThat(browser.text()).contains("Mbhashe Local Municipality");

		browser.open("/organisations");
		String organisations = browser.text(By.id("organisations"));
		assertThat(organisations).contains("Mbhashe Local Municipality").doesNotContain("Mnquma");
		browser.screenshot("journey-2-organisations");

		browser.open("/areas");
		assertThat(browser.text()).contains("Mbhashe").doesNotContain("Mnquma").doesNotContain("Erzincan");
		browser.open("/areas/EC121");
		assertThat(browser.text()).contains("Mbhashe").contains("Ward");
		browser.screenshot("journey-3-mbhashe");
		browser.open("/areas/EC122");
		assertThat(browser.text()).contains("No area has the code 'EC122'").doesNotContain("Mnquma");
		browser.open("/organisations/EC122");
		assertThat(browser.text()).containsAnyOf("404", "not found", "Not Found").doesNotContain("Mnquma");

		browser.open("/organisations");
		browser.follow(By.cssSelector(".lang a[hreflang='tr']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kurumlar");
		assertThat(browser.text(By.id("organisations"))).contains("Mbhashe Local Municipality").doesNotContain("Mnquma");
		browser.screenshot("journey-4-turkish");

		browser.followId("logout");
		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.text()).contains("Çıkış yaptınız");
	}
}
