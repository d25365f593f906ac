package no.samhald.partnership;

import org.springframework.security.test.context.support.WithUserDetails;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
@WithUserDetails("koordinator")
class ForumFormBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Forums forums;

	Browser browser;

	Community community;

	@BeforeEach
	void signedInCoordinator() {
		browser = new Browser(port).reset().signIn("koordinator", "samhald-demo");
		community = communities.bySlug("sogn-og-fjordane");
	}

	@Test
	void aCoordinatorCreatesAForumUnderSsuAndFindsItInTheStructure() {
		String name = "Arbeidsgruppe " + UUID.randomUUID().toString().substring(0, 8);
		browser.open("/sogn-og-fjordane/forums");
		browser.clickAndWait(".page-heading a.button");
		browser.type("#name", name)
			.type("#shortName", "AG")
			.choose("#kind", "Arbeidsgruppe")
			.choose("#parentId", "Strategisk samarbeidsutval")
			.type("#mandate", "Greier ut felles rutinar.")
			.type("#meetingFrequency", "Månadleg")
			.submit("main form.form");

		assertThat(browser.currentPath()).matches("/sogn-og-fjordane/forums/\\d+\\?saved");
		assertThat(browser.text("main .alert.success")).isEqualTo("Endringane er lagra.");
		assertThat(browser.text("h1")).contains(name);
		assertThat(browser.text(".breadcrumbs")).contains("SSU");

		browser.open("/sogn-og-fjordane/structure");
		assertThat(browser.text(".structure-list")).contains(name);
		assertThat(browser.findAll(".diagram svg a").stream().map(a -> a.getAttribute("aria-label")))
			.anyMatch(label -> label.startsWith(name));
	}

	@Test
	void anEmptyNameIsShownBesideTheFieldAndEverythingElseTypedIsKept() {
		browser.open("/sogn-og-fjordane/forums/new");
		browser.type("#shortName", "TOM")
			.choose("#kind", "Fagnettverk")
			.choose("#parentId", "Fagleg samarbeidsutval")
			.type("#mandate", "Eit mandat som ikkje må gå tapt.")
			.type("#meetingFrequency", "Kvar veke")
			.submit("main form.form");

		assertThat(browser.text("#name-error")).isEqualTo("Må fyllast ut.");
		assertThat(browser.find("#name").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find("#name").getAttribute("aria-describedby")).isEqualTo("name-error");
		assertThat(browser.text(".error-summary")).contains("Namn: Må fyllast ut.");
		assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#name");
		assertThat(browser.value("#shortName")).isEqualTo("TOM");
		assertThat(browser.chosen("#kind")).isEqualTo("Fagnettverk");
		assertThat(browser.chosen("#parentId")).isEqualTo("Fagleg samarbeidsutval");
		assertThat(browser.value("#mandate")).isEqualTo("Eit mandat som ikkje må gå tapt.");
		assertThat(browser.value("#meetingFrequency")).isEqualTo("Kvar veke");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void aParentThatWouldMakeACycleIsRefusedWithAClearMessage() {
		long ssu = idOf("SSU");
		browser.open("/sogn-og-fjordane/forums/" + ssu + "/edit");
		browser.choose("#parentId", "Fagleg samarbeidsutval").submit("main form.form");

		assertThat(browser.text("#parentId-error"))
			.isEqualTo("Eit forum kan ikkje liggje under seg sjølv eller under eit av sine eigne underforum.");
		assertThat(browser.chosen("#parentId")).isEqualTo("Fagleg samarbeidsutval");
		assertThat(forums.get(community.id(), ssu).parentId()).isEqualTo(idOf(null, "Partnarskapsmøte"));
	}

	@Test
	void aForumCanBeRenamedAndTheChangeIsShown() {
		Forum forum = newForum();
		browser.open("/sogn-og-fjordane/forums/" + forum.id());
		browser.clickAndWait(".page-heading .actions a[href$='/edit']");
		browser.type("#name", forum.name() + " (ny)").submit("main form.form");
		assertThat(browser.text("h1")).contains(forum.name() + " (ny)");
	}

	@Test
	void aForumEditedByAnotherCoordinatorMeanwhileIsNotOverwrittenSilently() {
		Forum forum = newForum();
		browser.open("/sogn-og-fjordane/forums/" + forum.id() + "/edit");
		var theirs = new SaveForum(forum.kind(), forum.name(), forum.shortName(), forum.parentId(), forum.mandate(),
				"Kvar fjortande dag", forum.requiresRepresentation(), forum.version());
		forums.update(community, forum.id(), theirs);

		browser.type("#shortName", "MINE").submit("main form.form");

		assertThat(browser.text("main .alert.warning")).contains("Nokon andre har endra dette medan du skreiv")
			.contains("Møtefrekvens");
		assertThat(browser.value("#shortName")).isEqualTo("MINE");
		assertThat(forums.get(community.id(), forum.id()).shortName()).isNull();
	}

	private Forum newForum() {
		return forums.create(community, new SaveForum(ForumKind.WORKING_GROUP,
				"Testforum " + UUID.randomUUID().toString().substring(0, 8), null, null, null, null, true, 0));
	}

	private long idOf(String shortName) {
		return idOf(shortName, null);
	}

	private long idOf(String shortName, String name) {
		return forums.all(community.id()).stream()
			.filter(f -> shortName != null ? shortName.equals(f.shortName()) : name.equals(f.name()))
			.findFirst().orElseThrow().id();
	}

}
