package no.samhald.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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
import no.samhald.partnership.Partner;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class PlacementPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	PlacementRounds rounds;

	@Autowired
	PlacementDoctors doctors;

	Browser browser;

	PlacementRound round;

	List<PlaceOffer> places;

	List<DoctorLink> links;

	@BeforeEach
	void aRoundWithTwoPlacesAndTwoDoctors() {
		browser = new Browser(port).reset();
		Community sogn = communities.bySlug(SignedIn.SOGN);
		SignedIn.asCoordinator(() -> {
			LocalDate start = LocalDate.now().plusMonths(3);
			round = rounds.create(sogn, new SaveRound("Nettlesarrunde " + System.nanoTime(), start, start.plusMonths(6),
					LocalDate.now(), start.minusDays(14), List.of(), 0));
			places = List.of(
					rounds.offer(sogn, round, municipality(sogn, "Kinn").id(), new SaveOffer(1, "Florø legekontor", null, true, false, null, 0)),
					rounds.offer(sogn, round, municipality(sogn, "Stad").id(), new SaveOffer(1, "Nordfjordeid legekontor", null, false, true, null, 0)));
			links = doctors.importCsv(sogn, round, "Ada Nettlesar;ada.n@lis1.example\nBo Nettlesar;bo.n@lis1.example");
			return null;
		});
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void aDoctorRanksThePlacesATwiceGivenRankIsRefusedWithWhatWasTypedKept() {
		String token = links.get(0).token();
		browser.open("/sogn-og-fjordane/placement-wishes/" + token);
		assertThat(browser.pageText()).contains("Ada Nettlesar", "Florø legekontor").doesNotContain("Bo Nettlesar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		assertThat(browser.reachesByTab("form.form button[type=submit]")).as("the Tab key reaches the button").isTrue();
		browser.type("#rank-" + places.get(0).id(), "1").type("#rank-" + places.get(1).id(), "1").type("#togetherWith", "Bo Nettlesar");
		browser.submit("form.form");

		assertThat(browser.text(".error-summary")).contains("Rangering 1 er gitt til meir enn éin plass");
		assertThat(browser.value("#rank-" + places.get(1).id())).isEqualTo("1");
		assertThat(browser.value("#togetherWith")).isEqualTo("Bo Nettlesar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("placement-wishes-refused");

		browser.setValue("#rank-" + places.get(1).id(), "2").submit("form.form");
		assertThat(browser.pageText()).contains("Ønska dine er lagra");
	}

	@Test
	void anAllocatorComputesAProposalAndAMoveToAFullPlaceIsRefused() {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		doctors.saveWishes(sogn, links.get(0).token(), new SaveWishes(Map.of(places.get(0).id(), 1), false, null, links.get(0).doctor().version()));
		browser.signIn("koordinator", "samhald-demo");
		String offers = "/" + round.id() + "/partners/" + places.get(0).partnerId() + "/offers";
		String offer = offers + "/" + places.get(0).id();
		browser.open("/sogn-og-fjordane/placement-rounds" + offer);
		assertThat(browser.value("#serviceSite")).isEqualTo("Florø legekontor");
		browser.pressByKeyboard("form.form button[type=submit]");
		assertThat(browser.text(".alert.success")).isEqualTo("Endringane er lagra.");
		for (String page : List.of("", "/" + round.id() + "/edit", offers, offer, "/" + round.id())) {
			browser.open("/sogn-og-fjordane/placement-rounds" + page);
			assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
		}
		browser.clickAndWait("a[href$='/allocation']");
		browser.submit("form[action$='/allocation/proposals']");
		assertThat(browser.text("table.table caption")).contains("Kor mange fekk kva ønske");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		long bo = links.get(1).doctor().id();
		new Select(browser.find("#move-" + bo)).selectByVisibleText("Kinn kommune, Florø legekontor");
		browser.afterPageChange(() -> browser.find("#move-" + bo).submit());
		assertThat(browser.text(".alert.danger")).contains("ikkje fleire ledige plassar ved Florø legekontor");
		browser.screenshot("placement-allocation-refused");

		browser.open("/sogn-og-fjordane/placement-rounds/" + round.id() + "/doctors");
		assertThat(browser.pageText()).contains("Ada Nettlesar", "1 plassar rangerte");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	private Partner municipality(Community sogn, String name) {
		return rounds.municipalities(sogn.id()).stream().filter(p -> name.equals(p.shortName())).findFirst().orElseThrow();
	}

}
