package no.samhald.partnership;

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
class PartnerFormBrowserTests {

	private static final String FORM = "main form.form";

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	Browser browser;

	Community community;

	@BeforeEach
	void signedInCoordinator() {
		browser = new Browser(port).reset().signIn("koordinator", "samhald-demo");
		community = communities.bySlug("sogn-og-fjordane");
	}

	@Test
	void aKommunenummerThatIsNotFourDigitsIsExplainedBesideTheField() {
		String name = unique("Testkommune");
		submitMunicipality(name, "46x0");

		assertThat(browser.text("#municipalityCode-error"))
			.isEqualTo("«46x0» er ikkje eit kommunenummer. Skriv fire siffer, til dømes 4640.");
		assertThat(browser.find("#municipalityCode").getAttribute("aria-describedby"))
			.isEqualTo("municipalityCode-hint municipalityCode-error");
		assertThat(browser.value("#municipalityCode")).isEqualTo("46x0");
		assertThat(browser.value("#name")).isEqualTo(name);
		assertThat(browser.chosen("#regionId")).isEqualTo("Sogn");
		assertThat(browser.value("#description")).isEqualTo("Skildring som skal stå att.");
	}

	@Test
	void anUnknownKommunenummerIsRefused() {
		submitMunicipality(unique("Testkommune"), "9999");
		assertThat(browser.text("#municipalityCode-error")).isEqualTo("Kommunenummeret 9999 finst ikkje.");
		assertThat(browser.value("#municipalityCode")).isEqualTo("9999");
	}

	@Test
	void aKommunenummerAnotherPartnerHasIsRefusedNamingThatPartner() {
		submitMunicipality(unique("Testkommune"), "4640");
		assertThat(browser.text("#municipalityCode-error"))
			.isEqualTo("Kommunenummeret 4640 er alt brukt av Sogndal kommune.");
	}

	@Test
	void aMunicipalityWithAFreeKnownKommunenummerIsSaved() {
		String name = unique("Bergen");
		browser.open("/sogn-og-fjordane/partners/new");
		browser.type("#name", name).type("#municipalityCode", freeKnownCode()).submit(FORM);
		assertThat(browser.currentPath()).matches("/sogn-og-fjordane/partners/\\d+\\?saved");
		assertThat(browser.text("h1")).isEqualTo(name);
	}

	@Test
	void aPartnerChangedByAnotherCoordinatorMeanwhileIsRefusedListingTheFieldAndKeepingWhatWasTyped() {
		String name = unique("Frivilligsentralen");
		Partner partner = SignedIn.asCoordinator(() -> partners.create(community,
				new SavePartner(PartnerType.OTHER, name, null, null, null, WrittenLanguage.NN, null, "Opphavleg skildring.", 0)));

		browser.open("/sogn-og-fjordane/partners/" + partner.id() + "/edit");

		// A second coordinator saves first.
		SignedIn.asCoordinator(() -> partners.update(community, partner.id(), new SavePartner(PartnerType.OTHER, name, null,
				null, null, WrittenLanguage.NN, null, "Skildring frå den andre koordinatoren.", partner.version())));

		browser.type("#shortName", "FRIV").type("#description", "Mi skildring.").submit(FORM);

		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane/partners/" + partner.id());
		assertThat(browser.text("main .alert.warning")).contains("Nokon andre har endra dette medan du skreiv", "Skildring");
		assertThat(browser.value("#shortName")).isEqualTo("FRIV");
		assertThat(browser.value("#description")).isEqualTo("Mi skildring.");
		assertThat(partners.get(community.id(), partner.id()).description())
			.isEqualTo("Skildring frå den andre koordinatoren.");

		// Having seen the conflict, the person may save over it deliberately.
		browser.submit(FORM);
		assertThat(browser.currentPath()).endsWith("?saved");
		assertThat(partners.get(community.id(), partner.id()).description()).isEqualTo("Mi skildring.");
	}

	private void submitMunicipality(String name, String code) {
		browser.open("/sogn-og-fjordane/partners/new");
		browser.choose("#type", "Kommune")
			.type("#name", name)
			.type("#municipalityCode", code)
			.choose("#regionId", "Sogn")
			.type("#description", "Skildring som skal stå att.")
			.submit(FORM);
	}

	/** A real kommunenummer no partner of the community has yet (each run of this test takes one). */
	private String freeKnownCode() {
		var taken = partners.all(community.id()).stream().map(Partner::municipalityCode).toList();
		for (String code : new String[] { "4601", "4611", "4612", "4613", "4614", "4615", "4616", "4617", "4618" }) {
			if (!taken.contains(code)) {
				return code;
			}
		}
		throw new IllegalStateException("no free code left");
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
