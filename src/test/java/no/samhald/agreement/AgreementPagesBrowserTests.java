package no.samhald.agreement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class AgreementPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Agreements agreements;

	@Autowired
	Communities communities;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void thePublicReadsTheAgreementStructure() {
		browser.open("/sogn-og-fjordane/agreements");
		assertThat(browser.pageText()).contains("Overordna samarbeidsavtale", "Delavtale 13: Beredskap");
		assertThat(browser.findAll(".page-heading a.button")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void aCoordinatorRegistersAVersionAndAPartnersImplementation() {
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/agreements/new");
		browser.find("#title").sendKeys("Rutine for felles funksjonskartlegging");
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.text("h1")).isEqualTo("Rutine for felles funksjonskartlegging");

		browser.find("#label").sendKeys("1.0");
		browser.find("#adoptedOn").clear();
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.find("#adoptedOn-error").isDisplayed()).isTrue();
		assertThat(browser.find("#label").getAttribute("value")).isEqualTo("1.0");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.setValue("#adoptedOn", "2025-02-01");
		browser.find("#text").sendKeys("Kartlegginga skal brukast ved innlegging og utskriving.");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.pageText()).contains("Kartlegginga skal brukast ved innlegging og utskriving.");

		String select = "select[id^=status-]";
		new Select(browser.find(select)).selectByVisibleText("Implementert");
		browser.clickAndWait("#implementation ~ .table-wrap form button");
		assertThat(browser.pageText()).contains("Implementeringa er oppdatert.");
	}

	@Test
	void kinnsContactRecordsKinnsImplementationAndHasNoFormForOtherPartners() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Agreement agreement = SignedIn.asCoordinator(() -> agreements.create(community, new SaveAgreement(
				AgreementKind.ROUTINE, null, "Rutine for partnaren sjølv " + java.util.UUID.randomUUID(), null,
				AgreementStatus.IN_FORCE, null, null, 0)));
		long kinn = agreements.implementation(community.id(), agreement.id()).stream()
			.filter(i -> i.partnerName().equals("Kinn kommune")).findFirst().orElseThrow().partnerId();
		browser.signIn("kinn", "samhald-demo").open("/sogn-og-fjordane/agreements/" + agreement.id());

		assertThat(browser.findAll("#implementation ~ .table-wrap form")).hasSize(1);
		new Select(browser.find("#status-" + kinn)).selectByVisibleText("Implementert");
		browser.find("#note-" + kinn).sendKeys("Innført i heimetenestene.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.clickAndWait("#implementation ~ .table-wrap form button");
		assertThat(browser.pageText()).contains("Implementeringa er oppdatert.", "Innført i heimetenestene.");
		assertThat(browser.findAll(".page-heading a.button")).isEmpty();
	}

	@Test
	void anImplementationRecordedByAnotherCoordinatorWhileThePageWasOpenIsNotOverwritten() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Agreement agreement = SignedIn.asCoordinator(() -> agreements.create(community, new SaveAgreement(
				AgreementKind.ROUTINE, null, "Rutine for samtidig registrering", null, AgreementStatus.IN_FORCE, null, null, 0)));
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/agreements/" + agreement.id());

		PartnerImplementation first = agreements.implementation(community.id(), agreement.id()).get(0);
		SignedIn.asCoordinator(() -> {
			agreements.recordImplementation(community, agreement.id(), first.partnerId(),
					new RecordImplementation(ImplementationStatus.IN_PROGRESS, "Registrert av ein annan", 0));
			return null;
		});
		new Select(browser.find("select[id^=status-]")).selectByVisibleText("Implementert");
		browser.clickAndWait("#implementation ~ .table-wrap form button");

		assertThat(browser.text("main .alert.warning")).contains("Nokon andre har endra dette medan du skreiv",
				first.partnerName(), "I gang");
		assertThat(agreements.implementation(community.id(), agreement.id()).get(0).note()).isEqualTo("Registrert av ein annan");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
