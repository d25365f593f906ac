package no.samhald;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, one per test JVM (started on first use), with
 * axe-core for accessibility. Where Chromium is not installed the browser tests are skipped,
 * except when SAMHALD_REQUIRE_BROWSER=true (CI), where they fail.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static ChromeDriver driver;

	private final String baseUrl;

	public Browser(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public WebDriver driver() {
		return shared();
	}

	private static synchronized ChromeDriver shared() {
		if (driver == null) {
			boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
			if (!available && "true".equals(System.getenv("SAMHALD_REQUIRE_BROWSER"))) {
				throw new IllegalStateException("Chromium and chromedriver are required but missing");
			}
			Assumptions.assumeTrue(available, "Chromium is not installed");
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	private static ChromeDriver start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("samhald-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		var chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return chrome;
	}

	/** Opens a path of the application (such as "/sogn-og-fjordane/forums"). */
	public Browser open(String path) {
		driver().get(baseUrl + path);
		return this;
	}

	/** Starts afresh: signed out, language back to the default. */
	public Browser reset() {
		open("/login");
		driver().manage().deleteAllCookies();
		return this;
	}

	public Browser signIn(String username, String password) {
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		return clickAndWait("form.form button[type=submit]");
	}

	public WebElement find(String css) {
		return driver().findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return driver().findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText();
	}

	public String pageText() {
		return find("body").getText();
	}

	public String currentPath() {
		return driver().getCurrentUrl().substring(baseUrl.length());
	}

	/** The axe-core rules that the current page breaks with serious or critical impact (WCAG 2.1 A/AA). */
	public List<String> seriousAccessibilityViolations() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver());
		return results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
			.map(node -> String.valueOf(node.getTarget())).limit(5).toList();
	}

	/** Sets the value of a date or time input directly; typing into them depends on the browser's locale. */
	public Browser setValue(String css, String value) {
		((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]", find(css), value);
		return this;
	}

	/** Clicks something that loads a new page, and waits until the new page is there. */
	public Browser clickAndWait(String css) {
		WebElement oldPage = find("html");
		find(css).click();
		new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(oldPage));
		return this;
	}

	/** Saves a PNG of the page under target/screenshots, to look at as a user would. */
	public Path screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target/screenshots"));
			Path file = dir.resolve(name + ".png");
			Files.write(file, shared().getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
