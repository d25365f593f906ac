package no.samhald.funding;

import java.time.LocalDate;
import java.util.UUID;

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
class FundingPagesBrowserTests {

	private static final String FORM = "main form.form";

	@LocalServerPort
	int port;

	@Autowired
	Funding funding;

	@Autowired
	Communities communities;

	Browser browser;

	Community community;

	@BeforeEach
	void signedInCoordinator() {
		browser = new Browser(port).reset().signIn("koordinator", "samhald-demo");
		community = communities.bySlug("sogn-og-fjordane");
	}

	@Test
	void aCoordinatorCorrectsAndRemovesAUseAndThenTheGrant() {
		String title = "Tilskot " + UUID.randomUUID();
		Grant grant = SignedIn.asCoordinator(() -> funding.register(community,
				new SaveGrant(title, null, null, 2026, 100_000L, null, null, 0)));
		GrantUse use = SignedIn.asCoordinator(() -> funding.spend(community, grant.id(),
				new SaveUse(LocalDate.of(2026, 2, 1), "Kurs", 10_000L, 0)));

		browser.open("/sogn-og-fjordane/funding/" + grant.id() + "/edit");
		assertThat(browser.text("#remove-heading + p")).contains("kan ikkje fjernast");
		assertThat(browser.findAll("form[action$='/remove']")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.open("/sogn-og-fjordane/funding/" + grant.id() + "/uses/" + use.id() + "/edit");
		browser.setValue("#amount", "200000").submit(FORM);
		assertThat(browser.text("#amount-error")).contains("større enn det som er att");
		assertThat(browser.value("#amount")).isEqualTo("200000");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.setValue("#amount", "12000").submit(FORM);
		assertThat(browser.pageText()).contains("Bruken er retta.");
		assertThat(funding.account(community.id(), grant.id()).balance()).isEqualTo(88_000);

		browser.open("/sogn-og-fjordane/funding/" + grant.id() + "/uses/" + use.id() + "/edit");
		browser.clickAndWait("form[action$='/remove'] button");
		assertThat(browser.pageText()).contains("Bruken er fjerna.");
		assertThat(funding.account(community.id(), grant.id()).uses()).isEmpty();

		browser.open("/sogn-og-fjordane/funding/" + grant.id() + "/edit");
		browser.clickAndWait("form[action$='/remove'] button");
		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane/funding?removed");
		assertThat(browser.pageText()).contains("Tilskotet er fjerna.").doesNotContain(title);
	}

	@Test
	void aGrantChangedByAnotherCoordinatorMeanwhileComesBackWithWhatChanged() {
		Grant grant = SignedIn.asCoordinator(() -> funding.register(community,
				new SaveGrant("Tilskot " + UUID.randomUUID(), null, null, 2026, 100_000L, null, null, 0)));
		browser.open("/sogn-og-fjordane/funding/" + grant.id() + "/edit");

		SignedIn.asCoordinator(() -> funding.update(community, grant.id(), new SaveGrant(grant.title(), "Helsedirektoratet",
				null, 2026, 100_000L, null, null, grant.version())));
		browser.setValue("#amount", "150000").submit(FORM);

		assertThat(browser.text("main .alert.warning")).contains("Nokon andre har endra dette medan du skreiv", "Kjelde");
		assertThat(browser.value("#amount")).isEqualTo("150000");
		assertThat(funding.account(community.id(), grant.id()).grant().amount()).isEqualTo(100_000);

		browser.submit(FORM);
		assertThat(browser.currentPath()).endsWith("?saved");
		assertThat(funding.account(community.id(), grant.id()).grant().amount()).isEqualTo(150_000);
	}

}
