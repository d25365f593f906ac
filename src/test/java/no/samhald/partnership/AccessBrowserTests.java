package no.samhald.partnership;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees which buttons, and who is turned away from the forms. */
@SamhaldTest
class AccessBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Forums forums;

	@Autowired
	Partners partners;

	Browser browser;

	long ssu;

	long helseForde;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
		Community community = communities.bySlug("sogn-og-fjordane");
		ssu = forums.all(community.id()).stream().filter(f -> "SSU".equals(f.shortName())).findFirst().orElseThrow().id();
		helseForde = partners.all(community.id()).stream().filter(p -> p.name().equals("Helse Førde")).findFirst()
			.orElseThrow().id();
	}

	@Test
	void thePublicSeesNoEditButtonsAndNoMemberForm() {
		for (String page : pagesWithButtonsForCoordinators()) {
			browser.open(page);
			assertThat(browser.findAll("main a.button, main form")).as(page).isEmpty();
		}
	}

	@Test
	void aMemberWhoIsNoCoordinatorSeesNoEditButtonsEither() {
		browser.signIn("medlem", "samhald-demo");
		for (String page : pagesWithButtonsForCoordinators()) {
			browser.open(page);
			assertThat(browser.findAll("main a.button, main form")).as(page).isEmpty();
		}
	}

	@Test
	void theCoordinatorSeesTheButtons() {
		browser.signIn("koordinator", "samhald-demo");
		for (String page : pagesWithButtonsForCoordinators()) {
			browser.open(page);
			assertThat(browser.findAll("main a.button")).as(page).isNotEmpty();
		}
	}

	@Test
	void thePublicIsSentToSignInFromAForm() {
		browser.open("/sogn-og-fjordane/forums/new");
		assertThat(browser.currentPath()).isEqualTo("/login");
		assertThat(browser.findAll("#username")).hasSize(1);

		browser.open("/sogn-og-fjordane/partners/" + helseForde + "/edit");
		assertThat(browser.currentPath()).isEqualTo("/login");
	}

	@Test
	void theCoordinatorOfVestfoldMayNotEditSognOgFjordane() {
		browser.signIn("vestfold", "samhald-demo");
		for (String page : List.of("/sogn-og-fjordane/forums/new", "/sogn-og-fjordane/forums/" + ssu + "/edit",
				"/sogn-og-fjordane/partners/new", "/sogn-og-fjordane/partners/" + helseForde + "/edit",
				"/sogn-og-fjordane/people/new")) {
			browser.open(page);
			assertThat(browser.text("h1")).as(page).isEqualTo("Du har ikkje tilgang");
			assertThat(browser.findAll("#name")).as(page).isEmpty();
		}
		browser.open("/sogn-og-fjordane/forums/" + ssu);
		assertThat(browser.findAll("main a.button, main form")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void unknownIdsShowTheNotFoundPage() {
		for (String page : List.of("/sogn-og-fjordane/forums/999999", "/sogn-og-fjordane/partners/abc",
				"/sogn-og-fjordane/people/999999", "/sogn-og-fjordane/forums/abc/edit", "/no-such-community",
				"/no-such-community/forums", "/no/such/page")) {
			browser.open(page);
			assertThat(browser.text("h1")).as(page).isEqualTo("Fann ikkje sida");
			assertThat(browser.find("html").getAttribute("lang")).as(page).isEqualTo("nn");
		}
	}

	@Test
	void aMalformedQueryParameterIsABadRequestRatherThanNotFound() {
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/forums/new?parentId=abc");
		assertThat(browser.text("h1")).isEqualTo("Ugyldig førespurnad");
	}

	@Test
	void aForumOfAnotherCommunityIsNotFoundUnderThisOne() {
		Community vestfold = communities.bySlug("vestfold");
		long vestfoldForum = forums.all(vestfold.id()).get(0).id();
		browser.open("/sogn-og-fjordane/forums/" + vestfoldForum);
		assertThat(browser.text("h1")).isEqualTo("Fann ikkje sida");
	}

	private List<String> pagesWithButtonsForCoordinators() {
		return List.of("/sogn-og-fjordane/forums", "/sogn-og-fjordane/forums/" + ssu, "/sogn-og-fjordane/partners",
				"/sogn-og-fjordane/partners/" + helseForde, "/sogn-og-fjordane/people");
	}

}
