package no.samhald.costsplit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.project.Project;
import no.samhald.project.ProjectStatus;
import no.samhald.project.Projects;
import no.samhald.project.SaveProject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Equal and fixed-key splits end to end: a coordinator adopts one on the project's split page,
 * which then shows each partner's key, share and kroner summing exactly to the amount; the API
 * returns the same; a fixed key left out comes back with a message and the form filled in. Each
 * test splits a project of its own, since a split is adopted once.
 */
@SamhaldTest
class CostSplitPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	Projects projects;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void anEqualSplitGivesTheExtraKroneToTheLowestKommunenummer() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long project = newProject(sogn, "Likt delt");
		List<Partner> three = List.of(municipality(sogn, "4647"), trust(sogn), municipality(sogn, "4602"));

		openForm(project);
		browser.type("#amount", "100000").choose("#basis", "Like delar");
		three.forEach(p -> browser.find("input[name=partnerIds][value='" + p.id() + "']").click());
		browser.clickAndWait("form.form button[type=submit]");

		assertThat(browser.currentPath()).endsWith("/split?adopted");
		assertThat(browser.text("#split")).contains("33 334 kr", "33 333 kr", "100 000 kr");
		assertThat(rowOf(municipality(sogn, "4602"))).contains("33 334 kr");
		assertThat(rowOf(trust(sogn))).contains("33 333 kr");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("costsplit-equal");
		browser.open("/sogn-og-fjordane/projects/" + project + "/split?lang=en");
		assertThat(browser.text(".facts")).contains("Equal parts").doesNotContain("Like delar");
		browser.open("/sogn-og-fjordane/projects/" + project + "/split?lang=nn");

		String json = api(project);
		assertThat(json).contains("\"amount\":100000", "\"basis\":\"EQUAL\"", "\"year\":null", "\"source\":\"Like delar\"",
				"{\"partnerId\":" + municipality(sogn, "4602").id() + ",", "\"amountNok\":33334",
				"\"population\":null");
		assertThat(json.split("\"amountNok\":33333", -1)).hasSize(3);
	}

	@Test
	void aFixedKeySplitsByTheKeysAndAMissingKeyComesBackWithAMessage() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long project = newProject(sogn, "Fast nøkkel");
		Partner kinn = municipality(sogn, "4602");
		Partner sunnfjord = municipality(sogn, "4647");
		Partner helseForde = trust(sogn);

		openForm(project);
		browser.type("#amount", "1000").choose("#basis", "Fast nøkkel");
		List.of(kinn, sunnfjord, helseForde).forEach(p -> browser.find("input[name=partnerIds][value='" + p.id() + "']").click());
		browser.type("#key" + kinn.id(), "2").type("#key" + sunnfjord.id(), "3");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text(".error-summary")).contains("Skriv ein nøkkel");
		assertThat(browser.value("#amount")).isEqualTo("1000");
		assertThat(browser.value("#key" + sunnfjord.id())).isEqualTo("3");
		assertThat(browser.find("input[name=partnerIds][value='" + helseForde.id() + "']").isSelected()).isTrue();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.type("#key" + helseForde.id(), "4");
		browser.clickAndWait("form.form button[type=submit]");
		// 2 : 3 : 4 of 1 000 is 222.2, 333.3 and 444.4: the krone left over goes to the largest remainder.
		assertThat(rowOf(kinn)).contains("222 kr");
		assertThat(rowOf(sunnfjord)).contains("333 kr");
		assertThat(rowOf(helseForde)).contains("445 kr");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		String json = api(project);
		assertThat(json).contains("\"basis\":\"FIXED_KEY\"", "\"source\":\"Fast nøkkel\"", "\"weight\":4",
				"\"amountNok\":445", "\"amountNok\":333", "\"amountNok\":222");
	}

	private void openForm(long project) {
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/projects/" + project + "/split");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	private String rowOf(Partner partner) {
		return browser.findAll("#split tbody tr").stream().map(r -> r.getText())
			.filter(t -> t.startsWith(partner.name())).findFirst().orElseThrow();
	}

	private String api(long project) throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/communities/sogn-og-fjordane/projects/" + project + "/split")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private long newProject(Community community, String name) {
		Project project = SignedIn.asCoordinator(() -> projects.create(community, new SaveProject(
				name + " " + UUID.randomUUID().toString().substring(0, 8), null, null, ProjectStatus.PLANNED,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, null, null, 0)));
		return project.id();
	}

	private Partner municipality(Community community, String code) {
		return partners.all(community.id()).stream().filter(p -> code.equals(p.municipalityCode())).findFirst().orElseThrow();
	}

	private Partner trust(Community community) {
		return partners.all(community.id()).stream().filter(p -> p.type() == PartnerType.HEALTH_TRUST).findFirst().orElseThrow();
	}

}
