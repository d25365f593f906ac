package no.samhald.agreement;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class AgreementTextBrowserTests {

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
	void aCoordinatorDraftsTheSectionsByHandAndFromWordAndTheFormComesBackFilledIn() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Agreement agreement = SignedIn.asCoordinator(() -> agreements.create(community, new SaveAgreement(
				AgreementKind.ROUTINE, null, "Rutine for legemiddelsamstemming " + java.util.UUID.randomUUID(), null,
				AgreementStatus.DRAFT, null, null, 0)));
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/agreements/" + agreement.id());
		browser.find("#draft-label").sendKeys("Utkast 1");
		browser.clickAndWait("form[action$='/drafts'] button[type=submit]");
		assertThat(browser.currentPath()).endsWith("/sections");

		// An empty heading and text with a number only is refused beside its row; what was typed stays.
		browser.find("[name='sections[0].number']").sendKeys("1");
		browser.find("[name='sections[1].heading']").sendKeys("Omfang");
		browser.clickAndWait("form[action$='/sections'] button[type=submit]");
		assertThat(browser.pageText()).contains("Eit avsnitt treng ei overskrift eller ein tekst.");
		assertThat(browser.value("[name='sections[1].heading']")).isEqualTo("Omfang");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("[name='sections[0].heading']").sendKeys("Formål");
		browser.find("[name='sections[0].text']").sendKeys("Legemiddellista skal vere rett ved kvar overgang.");
		browser.choose("[name='sections[0].level']", "Kapittel");
		browser.find("#renumber").click();
		browser.clickAndWait("form[action$='/sections'] button[type=submit]");
		assertThat(browser.text("h1")).contains("Utkast 1");
		assertThat(browser.pageText()).contains("1 Formål", "1.1 Omfang", "Legemiddellista skal vere rett ved kvar overgang.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("agreement-draft");

		Path docx = Files.createTempFile("avtale", ".docx");
		Files.write(docx, DocxSectionsTests.docx(doc -> {
			DocxSectionsTests.paragraph(doc, "Heading1", "Formål og omfang");
			DocxSectionsTests.paragraph(doc, null, "Rutinen gjeld alle overgangar.");
			DocxSectionsTests.paragraph(doc, "Heading1", "Ansvar");
		}));
		browser.clickAndWait("a[href$='/sections']");
		browser.find("#file").sendKeys(docx.toAbsolutePath().toString());
		browser.clickAndWait("form[action$='/import'] button[type=submit]");
		assertThat(browser.pageText()).contains("Avsnitta er henta frå dokumentet.");
		assertThat(browser.value("[name='sections[1].heading']")).isEqualTo("Ansvar");
		Files.delete(docx);
	}

	@Test
	void thePublicComparesTheFrameworkAgreementsVersionsSideBySideAndInline() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Agreement framework = agreements.all(community.id()).stream()
			.filter(a -> a.kind() == AgreementKind.FRAMEWORK).findFirst().orElseThrow();
		browser.open("/sogn-og-fjordane/agreements/" + framework.id());
		browser.clickAndWait("form[action$='/compare'] button[type=submit]");
		assertThat(browser.pageText()).contains("Frå 2021 til Revisjon 2025", "Sekretariat", "Lagt til:");
		assertThat(browser.findAll("table.compare-table ins")).isNotEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("agreement-compare-side");

		browser.find("input[value=inline]").click();
		browser.clickAndWait("form[action$='/compare'] button[type=submit]");
		assertThat(browser.findAll(".compare-inline del")).isNotEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("agreement-compare-inline");

		browser.open("/sogn-og-fjordane/agreements/implementation");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("agreement-matrix");
	}

}
