package org.thusong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for journeys through the real pages. Chromium
 * runs with the flags this closed network needs and a fresh profile each time.
 */
public final class Browser implements AutoCloseable {

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	public Browser(int port) {
		this.baseUrl = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("thusong-chromium");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(executable("THUSONG_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(executable("THUSONG_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	private static String executable(String variable, String fallback) {
		String path = System.getenv().getOrDefault(variable, fallback);
		if (!Files.isExecutable(Path.of(path))) {
			throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver "
					+ "(apt-get install -y chromium chromium-driver), as .ci/run does");
		}
		return path;
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public Browser type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Sets the window to a size, e.g. a phone's 390 × 844, to see the pages as a phone shows them. */
	public Browser resize(int width, int height) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
		return this;
	}

	/** Chooses the option with this value in a select. */
	public Browser choose(String id, String value) {
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
		return this;
	}

	/** Puts a file into a file input. */
	public Browser attach(String id, Path file) {
		driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Clicks something that stays on the page (a checkbox, a disclosure). */
	public Browser click(By by) {
		driver.findElement(by).click();
		return this;
	}

	public Browser clickId(String id) {
		return click(By.id(id));
	}

	/** Clicks a link or a submit button and waits until the next page has replaced this one. */
	public Browser follow(By by) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(by).click();
		// The old page is gone when asking about its root fails (stale, or no longer in any document).
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	public Browser followId(String id) {
		return follow(By.id(id));
	}

	public Browser signIn(String username, String password) {
		open("/login").type("username", username).type("password", password).followId("sign-in");
		if (path().startsWith("/login")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + text());
		}
		return this;
	}

	public Browser waitFor(By by) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
		return this;
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String text(By by) {
		return driver.findElement(by).getText();
	}

	public String path() {
		return driver.getCurrentUrl().replace(baseUrl, "");
	}

	public String title() {
		return driver.getTitle();
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Saves a screenshot under target/screenshots, for a person to look at. */
	public void screenshot(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
