package no.samhald.platform.security;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class AccountPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aCoordinatorGivesAMemberASignInAndTheMemberChangesTheirPassword() {
		String username = "nyttmedlem" + UUID.randomUUID().toString().substring(0, 6);
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/accounts");
		assertThat(browser.reachesByTab(".panel form button[type=submit]")).as("the Tab key reaches the button").isTrue();
		browser.find("#displayName").sendKeys("Nora Vestrheim");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys("kort");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.text("#password-error")).contains("12");
		assertThat(browser.find("#username").getAttribute("value")).isEqualTo(username);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#password").sendKeys("eit-langt-passord");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.pageText()).contains("Kontoen er oppretta", username);
		browser.open("/sogn-og-fjordane/audit");
		assertThat(browser.pageText()).contains("account.created", "account " + username);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.reset().signIn(username, "eit-langt-passord").open("/account/password");
		assertThat(browser.reachesByTab("form.form button[type=submit]")).as("the Tab key reaches the button").isTrue();
		browser.find("#currentPassword").sendKeys("feil-passord-heilt");
		browser.find("#newPassword").sendKeys("eit-nytt-passord-123");
		browser.find("#repeatPassword").sendKeys("eit-nytt-passord-123");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text("#currentPassword-error")).contains("noverande passordet er feil");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#currentPassword").sendKeys("eit-langt-passord");
		browser.find("#newPassword").sendKeys("eit-nytt-passord-123");
		browser.find("#repeatPassword").sendKeys("eit-nytt-passord-123");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.pageText()).contains("Passordet er endra");
		browser.reset().signIn(username, "eit-nytt-passord-123");
		assertThat(browser.pageText()).contains("Nora Vestrheim");
	}

	@Test
	void theCoordinatorsHeaderLinksTheirNameToTheAccountPageWithThePersonalSettings() {
		browser.signIn("koordinator", "samhald-demo").desktopSize().open("/sogn-og-fjordane");
		List<WebElement> tools = browser.findAll(".site-header .account > a, .site-header .account button");
		assertThat(tools).extracting(WebElement::getText)
			.contains("Mitt arbeid", "Brukarkontoar", "Endringslogg", "Logg ut")
			.doesNotContain("Endre passord", "API-nøklar", "E-postvarsel");
		int middle = middleOf(tools.get(0));
		assertThat(tools).extracting(AccountPagesBrowserTests::middleOf).as("on one line at 1280 px")
			.allSatisfy(y -> assertThat(y).isBetween(middle - 3, middle + 3));
		browser.screenshot("header-1280");
		browser.driver().manage().window().setSize(new Dimension(375, 800));
		browser.open("/sogn-og-fjordane");
		assertThat(browser.sidewaysOverflow()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
		browser.screenshot("header-375");
		browser.desktopSize();

		browser.clickAndWait("#own-account");
		assertThat(browser.currentPath()).isEqualTo("/account");
		assertThat(browser.findAll("#account-links a")).extracting(a -> a.getAttribute("href"))
			.allSatisfy(href -> assertThat(href).matches(".*/account/(password|tokens|notifications|sign-ins)")).hasSize(4);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("account-page");
		browser.clickAndWait("#account-links a[href='/account/sign-ins']");
		assertThat(browser.find("h1").getText()).isEqualTo("Innlogging og økter");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	private static int middleOf(WebElement element) {
		return element.getLocation().getY() + element.getSize().getHeight() / 2;
	}

	@Test
	void aMemberCannotManageAccounts() {
		browser.signIn("medlem", "samhald-demo").open("/sogn-og-fjordane/accounts");
		assertThat(browser.find("h1").getText()).isEqualTo("Du har ikkje tilgang");
	}

}
