package no.samhald.consultation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens a round in the browser (a wrong form comes back filled in), the asked
 * municipality's contact answers it (the identity guard speaks beside the answer), and the
 * coordinator sees the answer side by side on the statement page; every page passes axe.
 */
@SamhaldTest
class ConsultationPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aCoordinatorOpensARoundTheAskedPartnerAnswersAndTheCoordinatorSeesItForTheStatement() {
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/consultations/new");
		browser.find("#title").sendKeys("Høyring om ny rutine for legemiddellister");
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Høyring om ny rutine for legemiddellister");
		assertThat(browser.pageText()).contains("Spørsmål: Må fyllast ut.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#questions").sendKeys("Er rutinen tydeleg?\nKva manglar?");
		browser.driver().findElement(By.xpath("//label[text()='Kinn kommune']")).click();
		browser.clickAndWait(".form button[type=submit]");
		String roundPath = browser.currentPath().replace("?opened", "");
		assertThat(browser.pageText()).contains("Høyringa er opna", "Kinn kommune", "Ikkje svara");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("consultation-detail");

		browser.reset().signIn("kinn", "samhald-demo").open(roundPath);
		browser.clickAndWait("#respondents + .table-wrap a");
		browser.find("#answers0").sendKeys("Pasient 13075530638 fekk feil liste");
		browser.clickAndWait("button[name=submit][value=true]");
		assertThat(browser.find("#answers0-error").isDisplayed()).isTrue();
		assertThat(browser.find("#answers0").getAttribute("value")).contains("fekk feil liste");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("consultation-answer-error");
		browser.find("#answers0").clear();
		browser.find("#answers0").sendKeys("Ja, men skil mellom heimeteneste og sjukeheim.");
		browser.clickAndWait("button[name=submit][value=true]");
		assertThat(browser.pageText()).contains("Svaret er sendt inn", "Ja, men skil mellom heimeteneste og sjukeheim.");

		browser.reset().signIn("koordinator", "samhald-demo").open(roundPath + "/statement");
		assertThat(browser.pageText()).contains("Kinn kommune", "Ja, men skil mellom heimeteneste og sjukeheim.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("consultation-statement");
	}

}
