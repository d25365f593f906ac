package no.samhald.notification;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class NotificationPagesBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aPersonChoosesADigestFromTheHeaderButCannotTurnOffDeadlines() {
		Browser browser = new Browser(port).reset();
		browser.signIn("sekretar", "samhald-demo").open("/");
		browser.clickAndWait("#own-account");
		browser.clickAndWait("a[href='/account/notifications']");
		assertThat(browser.text("h1")).isEqualTo("Korleis du får e-post");
		assertThat(browser.findAll("#DEVIATION_ANSWERED-OFF")).hasSize(1);
		assertThat(browser.findAll("#DEVIATION_OVERDUE-OFF")).isEmpty();
		assertThat(browser.find("#DEVIATION_ANSWERED-AT_ONCE").isSelected()).isTrue();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("label[for='DEVIATION_ANSWERED-WEEKLY']").click();
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.pageText()).contains("Vala dine er lagra.");
		assertThat(browser.find("#DEVIATION_ANSWERED-WEEKLY").isSelected()).isTrue();
		assertThat(browser.text("#mail-language")).as("saved on a page in Nynorsk").contains("kjem på nynorsk");
		assertThat(browser.findAll("#AGREEMENT_REVIEW_DUE-DAILY")).hasSize(1);
		assertThat(browser.findAll("#MEASURE_STATUS_DUE_SOON-OFF")).as("a deadline the person owns").isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("label[for='DEVIATION_ANSWERED-AT_ONCE']").click();
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.find("#DEVIATION_ANSWERED-AT_ONCE").isSelected()).isTrue();
	}

	/** The only page of the platform's administrator: no walk of the accessibility crawl signs in as one. */
	@Test
	void theAdministratorOpensTheMailOutboxFromTheHeader() {
		Browser browser = new Browser(port).reset();
		browser.signIn("admin", "samhald-admin").open("/");
		browser.clickAndWait("a[href='/admin/mail']");
		assertThat(browser.text("h1")).isEqualTo("E-post som ikkje kom fram");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
