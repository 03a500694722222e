package org.thusong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ThusongIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "thusong.admin-password=admin-password-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellBrowserIntegrationTests {

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
	void refusesAWrongPasswordThenSignsInSwitchesToTurkishAndSignsOut() {
		browser.open("/login").type("username", "admin").type("password", "not-the-password").followId("sign-in");
		assertThat(browser.text()).contains("Wrong username or password");

		browser.signIn("admin", "admin-password-1");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, Administrator");
		browser.screenshot("home-en");

		browser.follow(By.cssSelector(".lang a[hreflang='tr']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hoş geldiniz, Administrator");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("tr");
		browser.screenshot("home-tr");

		browser.followId("logout");
		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.text()).contains("Çıkış yaptınız");
		browser.open("/");
		assertThat(browser.path()).startsWith("/login");
	}
}
