package no.samhald.network;

import java.time.LocalDate;
import java.util.List;
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

/**
 * The learning network's pages in a browser, without serious accessibility faults: the public
 * page with its figures and attendance table, a team's page without its members for the public
 * and with them for a member, and the coordinator's team form and gathering checklist.
 */
@SamhaldTest
class NetworkPagesBrowserTests {

	private static final String FORM = "main form.form";

	@LocalServerPort
	int port;

	@Autowired
	LearningNetwork network;

	@Autowired
	NetworkGatherings gatherings;

	@Autowired
	Communities communities;

	Browser browser;

	Community sogn;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
		sogn = communities.bySlug("sogn-og-fjordane");
	}

	@Test
	void thePublicReadsTheTeamsFiguresAndAttendanceButNoMembers() {
		browser.open("/sogn-og-fjordane/network");
		assertThat(browser.text("h1")).isEqualTo("Læringsnettverket gode pasientforløp");
		assertThat(browser.text("#figures").replaceAll("\\s+", " ")).contains("Aktive team 16", "Kommunar med team 13", "Helse Førde");
		assertThat(browser.text("#teams")).contains("Kinn kommune", "Team Kinn", "Helse Førde – Nevrologisk avdeling");
		assertThat(browser.text("#attendance")).contains("Nettverkssamling for strategisk og administrativ leiing", "120",
				"møtte");
		assertThat(browser.findAll("a[href$='/edit'], form[action$='/gatherings']")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("network-overview");

		browser.clickAndWait("#teams a[href*='/network/teams/']");
		assertThat(browser.pageText()).contains("ser berre innlogga medlemer").doesNotContain("@example.org");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		String teamPage = browser.currentPath();
		browser.signIn("medlem", "samhald-demo").open(teamPage);
		assertThat(browser.text("#members")).contains("@example.org");
		assertThat(browser.text("#team-gatherings")).contains("fjerde samling");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void aCoordinatorsTeamWithAnIdentityNumberComesBackWithTheMessageAndWhatWasTyped() {
		String name = "Team " + UUID.randomUUID();
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/network/teams/new");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		// started and ended in 2031, so the demo's figures of today stay as they are
		browser.choose("#partnerId", "Luster kommune").type("#name", name)
			.setValue("#startedOn", "2031-01-01").setValue("#endedOn", "2031-06-30")
			.type("#members0\\.name", "Kari 15076500565").type("#members0\\.role", "Fastlege")
			.type("#members1\\.name", "Per Prøvesen").type("#members1\\.email", "per@example.org")
			.submit(FORM);
		assertThat(browser.text(".error-summary")).contains("fødselsnummer");
		// the summary names the member row and links to its field
		assertThat(browser.text(".error-summary a[href='#members0.name']")).startsWith("Medlem 1, namn: ");
		assertThat(browser.findAll("#members0\\.name")).hasSize(1);
		browser.screenshot("network-team-form");
		assertThat(browser.value("#members1\\.name")).isEqualTo("Per Prøvesen");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.type("#members0\\.name", "Kari Kvamme").submit(FORM);
		assertThat(browser.pageText()).contains("Teamet er lagra.", name, "Avslutta");
		assertThat(browser.text("#members")).contains("Kari Kvamme", "Fastlege", "Per Prøvesen", "per@example.org");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("network-team");

		browser.clickAndWait("a[href$='/edit']");
		assertThat(browser.value("#name")).isEqualTo(name);
		assertThat(browser.findAll("fieldset legend")).hasSize(5);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void aTeamChangedByAnotherCoordinatorMeanwhileComesBackWithWhatChanged() {
		Team team = SignedIn.asCoordinator(() -> network.register(sogn, new SaveTeam(
				network.teamPartners(sogn.id()).get(0).id(), "Team " + UUID.randomUUID(), LocalDate.of(2031, 1, 1),
				LocalDate.of(2031, 6, 30), List.of(), 0)));
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/network/teams/" + team.id() + "/edit");
		SignedIn.asCoordinator(() -> network.update(sogn, team.id(), new SaveTeam(team.partnerId(), team.name() + " vest",
				team.startedOn(), team.endedOn(), List.of(), team.version())));
		browser.type("#members0\\.name", "Kari Kvamme").submit(FORM);
		assertThat(browser.text(".alert.warning")).contains("Namn på teamet", "Medlemer");
		assertThat(browser.value("#members0\\.name")).isEqualTo("Kari Kvamme");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.submit(FORM);
		assertThat(network.team(sogn, team.id()).name()).isEqualTo(team.name());
	}

	@Test
	void aCoordinatorOpensTheChecklistOfTeamsOfAGathering() {
		Gathering leaders = network.figures(sogn.id(), 2025).gatherings().get(0);
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/network");
		browser.clickAndWait("#attendance a[href$='/gatherings/" + leaders.event().id() + "/teams']");
		assertThat(browser.text("h1")).isEqualTo(leaders.event().title());
		assertThat(browser.findAll("input[name=teamIds]:checked")).hasSize(leaders.teamCount());
		browser.screenshot("network-gathering-teams");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
