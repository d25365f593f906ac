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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, one per test JVM (started on first use), with
 * axe-core for accessibility. Where Chromium is not installed the browser tests are skipped,
 * except when SAMHALD_REQUIRE_BROWSER=true (CI), where they fail.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** More stops than any page has before its form's button (the coordinator's header has about forty). */
	private static final int MOST_TAB_STOPS = 150;

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

	/** Starts afresh: signed out, language back to the default, desktop window size. */
	public Browser reset() {
		open("/login");
		driver().manage().deleteAllCookies();
		desktopSize();
		return this;
	}

	public Browser desktopSize() {
		driver().manage().window().setSize(new Dimension(1280, 1000));
		return this;
	}

	/**
	 * How far the page reaches beyond the window's width, in pixels (0 or less: no sideways
	 * scrolling). Measured again for up to five seconds while it is positive, because just after a
	 * resize the browser may still report the width of the previous layout.
	 */
	public int sidewaysOverflow() {
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
		int overflow = measureSidewaysOverflow();
		while (overflow > 0 && System.nanoTime() < until) {
			sleep(200);
			overflow = measureSidewaysOverflow();
		}
		return overflow;
	}

	private int measureSidewaysOverflow() {
		return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Browser phoneSize() {
		driver().manage().window().setSize(new Dimension(390, 844));
		return this;
	}

	/** Replaces the text of a field with what a person types. */
	public Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Sets a field's value directly, for date inputs whose typing order depends on the browser's locale. */
	public Browser setValue(String css, String value) {
		((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(css), value);
		return this;
	}

	public Browser choose(String css, String visibleText) {
		new Select(find(css)).selectByVisibleText(visibleText);
		return this;
	}

	public String chosen(String css) {
		return new Select(find(css)).getFirstSelectedOption().getText();
	}

	public String value(String css) {
		return find(css).getDomProperty("value");
	}

	/** Presses a key where the focus is, as a keyboard user would. */
	public Browser press(CharSequence key) {
		new Actions(driver()).sendKeys(key).perform();
		return this;
	}

	/**
	 * Moves the focus one stop on, as the Tab key does, and waits until it has moved: the browser
	 * moves it after the key event, so asking at once may still find the element before.
	 */
	public Browser tab() {
		WebElement before = focused();
		press(Keys.TAB);
		new WebDriverWait(driver(), Duration.ofSeconds(5)).until(driver -> !focused().equals(before));
		return this;
	}

	/**
	 * Whether the Tab key alone brings the focus, from where it is (the top of a page just opened),
	 * to the first element of the selector, such as a form's submit button: a keyboard user can reach it.
	 */
	public boolean reachesByTab(String css) {
		WebElement target = find(css);
		for (int stop = 0; stop < MOST_TAB_STOPS; stop++) {
			tab();
			if (focused().equals(target)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Uses a button as a keyboard user does: Tab from the top of a page just opened until the button
	 * has the focus, then Enter; waits for the next page.
	 */
	public Browser pressByKeyboard(String buttonCss) {
		if (!reachesByTab(buttonCss)) {
			throw new AssertionError("The Tab key does not reach " + buttonCss);
		}
		return afterPageChange(() -> press(Keys.ENTER));
	}

	public WebElement focused() {
		return driver().switchTo().activeElement();
	}

	/** Clicks the submit button of the form that the selector names, and waits for the next page. */
	public Browser submit(String formCss) {
		return clickAndWait(formCss + " button[type=submit]");
	}

	/** Clicks what leads to another page and waits until that page has replaced this one. */
	public Browser clickAndWait(String css) {
		return afterPageChange(() -> find(css).click());
	}

	/** Runs an action that loads another page and waits until that page has replaced this one. */
	public Browser afterPageChange(Runnable action) {
		WebElement page = find("html");
		action.run();
		new WebDriverWait(driver(), Duration.ofSeconds(30)).until(driver -> isGone(page));
		return this;
	}

	/**
	 * Whether an element of the page before has left the document. Chrome sometimes answers a
	 * question about such an element with an inspector error instead of "stale": gone all the same.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	public Browser signIn(String username, String password) {
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		return submit("form.form");
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
