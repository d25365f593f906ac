package no.samhald.meeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's forms when things go wrong: stale edits, second decisions, bad files, missing fields. */
@SamhaldTest
class MeetingEditingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	Cases cases;

	Browser browser;

	Community community;

	Meeting meeting;

	Case item;

	@BeforeEach
	void aMeetingWithACase() {
		browser = new Browser(port).reset();
		MeetingFixtures.signInAsCoordinator();
		try {
			community = fixtures.sogn();
			Forum forum = fixtures.forumWithMembers();
			meeting = fixtures.plan(forum, LocalDate.of(2025, 10, 14));
			item = cases.add(community, meeting.id(), MeetingFixtures.caseTitled("Delavtale om utskriving", "Vedteke."));
		}
		finally {
			MeetingFixtures.signOut();
		}
		browser.signIn("koordinator", "samhald-demo");
	}

	@Test
	void theSecondOfTwoCoordinatorsEditingACaseSeesWhatChangedAndLosesNothing() {
		browser.open("/sogn-og-fjordane/cases/" + item.id() + "/edit");
		MeetingFixtures.signInAsCoordinator();
		try {
			cases.update(community, item.id(),
					MeetingFixtures.edited(item, "Delavtale om utskriving, revidert", item.proposal()));
		}
		finally {
			MeetingFixtures.signOut();
		}
		browser.find("#proposal").clear();
		browser.find("#proposal").sendKeys("Mitt forslag");
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());

		assertThat(browser.text("#conflict")).contains("Tittel", "Delavtale om utskriving, revidert");
		assertThat(browser.find("#proposal").getAttribute("value")).isEqualTo("Mitt forslag");
		accessible("case-conflict");
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());
		assertThat(browser.currentPath()).endsWith("?saved");
		assertThat(browser.text("#proposal")).isEqualTo("Mitt forslag");
	}

	@Test
	void aCaseNumberClashAndAMissingLegalBasisComeBackBesideTheFields() {
		browser.open("/sogn-og-fjordane/meetings/" + meeting.id() + "/cases/new");
		browser.find("#number").sendKeys(String.valueOf(item.number()));
		browser.find("#title").sendKeys("Ny sak");
		browser.find("#exempt1").click();
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());

		assertThat(browser.text("#exemptionBasis-error")).contains("heimelen");
		browser.find("#exemptionBasis").sendKeys("Offl. § 14");
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());
		assertThat(browser.text("#number-error")).contains("alt brukt");
		assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Ny sak");
		accessible("case-form-errors");
	}

	@Test
	void aSecondDecisionIsRefusedWithAMessageAndTheFirstIsKept() {
		browser.open("/sogn-og-fjordane/cases/" + item.id());
		String staleVersion = browser.find("input[name=version]").getAttribute("value");
		PageLoads.after(browser, () -> browser.find("#record-decision").click());
		assertThat(browser.text("#decision")).isEqualTo("Vedteke.");
		// a second tab that still shows the form
		browser.open("/sogn-og-fjordane/cases/" + item.id());
		PageLoads.after(browser, () -> ((JavascriptExecutor) browser.driver()).executeScript("""
				const f = document.createElement('form'); f.method = 'post'; f.action = location.pathname + '/decision';
				for (const [k, v] of Object.entries({decision: 'Anna vedtak', version: arguments[0],
				    _csrf: document.querySelector('input[name=_csrf]').value})) {
				  const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); }
				document.body.appendChild(f); f.submit();""", staleVersion));
		assertThat(browser.text("#problem")).contains("alt eit vedtak");
		assertThat(browser.text("#decision")).isEqualTo("Vedteke.");
		accessible("case-decided-twice");
	}

	@Test
	void anAttachmentOfAForbiddenTypeIsRefusedAndAPdfIsAccepted() throws Exception {
		Path exe = Files.createTempFile("skadeleg", ".exe");
		Files.write(exe, new byte[] { 77, 90 });
		Path pdf = Files.createTempFile("mandat", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n");
		browser.open("/sogn-og-fjordane/cases/" + item.id());
		browser.find("#file").sendKeys(exe.toString());
		PageLoads.after(browser, () -> browser.find("#file").submit());
		assertThat(browser.text("#problem")).contains("Denne filtypen");
		browser.find("#file").sendKeys(pdf.toString());
		PageLoads.after(browser, () -> browser.find("#file").submit());
		assertThat(browser.text("#attachments + ul")).contains(pdf.getFileName().toString());
		accessible("case-attachment");
	}

	@Test
	void aCoordinatorPlansTheAnchoringTrailOfAMatter() {
		browser.open("/sogn-og-fjordane/matters");
		browser.find("#matter-title").sendKeys("Delavtale om utskriving");
		PageLoads.after(browser, () -> browser.find(".panel form button[type=submit]").click());
		accessible("matter-new");
		PageLoads.after(browser, () -> browser.find("#add-step ~ form button[type=submit]").click());
		assertThat(browser.text(".error-summary")).isNotBlank();
		browser.find("#forumId option:nth-child(2)").click();
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('plannedDate').value = '2025-10-14'");
		browser.find("#summary").sendKeys("Til drøfting");
		PageLoads.after(browser, () -> browser.find("#add-step ~ form button[type=submit]").click());
		assertThat(browser.findAll("#timeline li")).hasSize(1);
		browser.find("select[name=outcome] option[value=RECOMMENDED]").click();
		PageLoads.after(browser, () -> browser.find("form[id^=step-] button").click());
		assertThat(browser.text("#timeline")).contains("Tilrådd");
		accessible("matter-coordinator");
	}

	@Test
	void aCoordinatorCancelsAMeetingAfterConfirmingAndItShowsAsCancelledWithTheReason() {
		browser.open("/sogn-og-fjordane/meetings/" + meeting.id());
		PageLoads.after(browser, () -> browser.find("#cancel-meeting").click());
		browser.find("#reason").sendKeys("Fleirtalet har meldt forfall.");
		accessible("meeting-cancel");
		PageLoads.after(browser, () -> browser.find("#confirm-cancel").click());

		assertThat(browser.currentPath()).endsWith("?cancelled");
		assertThat(browser.text("#meeting-status")).isEqualTo("Avlyst");
		assertThat(browser.text("#cancelled-note")).contains("Fleirtalet har meldt forfall.");
		assertThat(browser.findAll("#cancel-meeting")).isEmpty();
		accessible("meeting-cancelled");
	}

	@Test
	void thePublicSeesAnOpenMeetingWithoutForms() {
		browser.reset();
		browser.open("/sogn-og-fjordane/meetings/" + meeting.id());
		assertThat(browser.findAll("form#attendance")).isEmpty();
		assertThat(browser.pageText()).contains("Delavtale om utskriving");
		accessible("meeting-public");
		browser.open("/sogn-og-fjordane/meetings/" + meeting.id() + "/minutes");
		assertThat(browser.text("#minutes-state")).contains("Utkast");
		assertThat(browser.pageText()).doesNotContain("Vedteke.");
		accessible("minutes-public");
	}

	private void accessible(String screenshot) {
		assertThat(browser.seriousAccessibilityViolations()).as(screenshot).isEmpty();
		browser.screenshot("meeting-" + screenshot);
	}

}
