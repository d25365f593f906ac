package no.samhald.meeting;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary of FSU ({@code sekretar}) plans an FSU meeting from the forum's page and puts a
 * case on its agenda; the pages of another forum offer them nothing, and its forms answer 403.
 */
@SamhaldTest
class ForumSecretaryBrowserTests {

	private static final String SOGN = "/sogn-og-fjordane";

	@LocalServerPort
	int port;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	Forums forums;

	Browser browser;

	Forum fsu;

	Forum ssu;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
		long sogn = fixtures.sogn().id();
		fsu = forums.all(sogn).stream().filter(f -> f.name().equals("Fagleg samarbeidsutval")).findFirst().orElseThrow();
		ssu = forums.all(sogn).stream().filter(f -> f.name().equals("Strategisk samarbeidsutval")).findFirst().orElseThrow();
	}

	@Test
	void theSecretaryPlansAnFsuMeetingFromTheForumPageAndPutsACaseOnItsAgenda() {
		browser.signIn("sekretar", "samhald-demo");
		browser.open(SOGN + "/forums/" + fsu.id());
		assertThat(browser.text("#forum-secretary")).contains("Astrid Hovlid");
		accessible("forum");

		browser.clickAndWait("#new-meeting");
		// FSU is chosen, and it is the only forum offered besides the prompt to choose
		assertThat(browser.value("#forumId")).isEqualTo(String.valueOf(fsu.id()));
		assertThat(browser.findAll("#forumId option")).extracting(option -> option.getAttribute("value"))
			.containsExactly("", String.valueOf(fsu.id()));
		accessible("meeting-form");
		set("#date", LocalDate.of(2031, 1, 1).plusDays((long) (Math.random() * 360)).toString());
		set("#startTime", "10:00");
		set("#endTime", "12:00");
		browser.find("#place").sendKeys("Førde");
		browser.submit("form.form");

		assertThat(browser.currentPath()).matches(SOGN + "/meetings/\\d+\\?saved");
		assertThat(browser.text("h1")).contains("Fagleg samarbeidsutval");
		accessible("meeting");

		browser.clickAndWait("#new-case");
		browser.find("#title").sendKeys("Fagnettverk for rus og psykisk helse");
		browser.submit("form.form");
		assertThat(browser.currentPath()).matches(SOGN + "/cases/\\d+\\?saved");
		assertThat(browser.text("h1")).contains("FSU", "Fagnettverk for rus og psykisk helse");
		accessible("case");
	}

	@Test
	void theSecretaryOfFsuIsOfferedNothingInSsuAndRefusedItsForms() {
		browser.signIn("sekretar", "samhald-demo");
		browser.open(SOGN + "/forums/" + ssu.id());
		assertThat(browser.findAll("#new-meeting")).isEmpty();

		browser.open(SOGN + "/meetings/new?forumId=" + ssu.id());
		assertThat(browser.text("h1")).isEqualTo("Du har ikkje tilgang");
		accessible("refused");
	}

	@Test
	void aMemberIsOfferedNoNewMeetingAndRefusedItsForm() {
		browser.signIn("medlem", "samhald-demo");
		browser.open(SOGN + "/forums/" + fsu.id());
		assertThat(browser.findAll("#new-meeting")).isEmpty();
		browser.open(SOGN + "/meetings");
		assertThat(browser.pageText()).doesNotContain("Nytt møte");

		browser.open(SOGN + "/meetings/new");
		assertThat(browser.text("h1")).isEqualTo("Du har ikkje tilgang");
	}

	private void set(String css, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	private void accessible(String screenshot) {
		assertThat(browser.seriousAccessibilityViolations()).as(screenshot).isEmpty();
		browser.screenshot("secretary-" + screenshot);
	}

}
