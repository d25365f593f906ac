package no.samhald.project;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
@WithUserDetails("koordinator")
class ProjectPagesBrowserTests {

	private static final String BASE = "/sogn-og-fjordane/projects";

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	SubProjects subProjects;

	@Autowired
	Communities communities;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void thePublicSeesTheSeedProjectWithItsSplitSubProjectsAndTimeline() {
		browser.open(BASE);
		assertThat(browser.text("table")).contains("Samhandlingsprosjekt Sogn og Fjordane helsefellesskap",
				"Læringsnettverk for gode pasientforløp");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.open(BASE + "/" + seedProject().id());
		assertThat(browser.text("#budget-split")).contains("Helse Førde", "Kommunane").containsPattern("130.000 kr")
			.containsPattern("170.000 kr");
		assertThat(browser.findAll(".subproject")).hasSize(3);
		assertThat(browser.findAll(".diagram svg circle")).hasSize(8);
		assertThat(browser.text("#milestones")).contains("Nettverkssamling for strategisk og administrativ leiing");
		assertThat(browser.findAll(".tasks form")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("project-detail");
		browser.open(BASE + "/" + seedProject().id() + "?lang=en");
		assertThat(browser.text("#budget-split")).contains("Split between the partners").containsPattern("NOK 130.000");
		browser.open(BASE + "/" + seedProject().id() + "?lang=nb");
		assertThat(browser.text("#budget-split")).contains("Fordeling mellom partnerne");
		browser.open(BASE + "/" + seedProject().id() + "?lang=nn");
		scrollTo("#budget");
		browser.screenshot("project-budget");
		scrollTo("#subprojects");
		browser.screenshot("project-subprojects");
		scrollTo("#timeline");
		browser.screenshot("project-timeline");
	}

	@Test
	void everyCoordinatorPageOfAProjectIsAccessible() {
		Project project = seedProject();
		SubProject first = projects.plan(community().id(), project.id()).subProjects().get(0);
		Task task = first.tasks().get(0);
		browser.signIn("koordinator", "samhald-demo");
		for (String path : new String[] { "", "/new", "/" + project.id(), "/" + project.id() + "/edit",
				"/" + project.id() + "/budget", "/" + project.id() + "/members/new", "/" + project.id() + "/milestones/new",
				"/" + project.id() + "/subprojects/new", "/" + project.id() + "/subprojects/" + first.id() + "/edit",
				"/" + project.id() + "/subprojects/" + first.id() + "/tasks/new",
				"/" + project.id() + "/tasks/" + task.id() + "/edit" }) {
			browser.open(BASE + path);
			assertThat(browser.find("h1").getText()).as(path).isNotBlank();
			assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
		}
	}

	@Test
	void aCoordinatorChangesATasksStatusAndSeesIt() {
		Community community = community();
		Project project = projects.create(community, project("Statusprosjekt " + unique()));
		long subProject = subProjects.addSubProject(community, project.id(), subProject());
		long taskId = subProjects.addTask(community, project.id(), subProject,
				new SaveTask("Kartlegge bruk av vikarbyrå", null, TaskStatus.NOT_STARTED, null, 0));

		browser.signIn("koordinator", "samhald-demo").open(BASE + "/" + project.id());
		assertThat(browser.text("#task-" + taskId + " .task-status")).isEqualTo("Ikkje starta");
		new Select(browser.find("#status-" + taskId)).selectByValue("IN_PROGRESS");
		browser.clickAndWait("#task-" + taskId + " form button");

		assertThat(browser.text("#task-" + taskId + " .task-status")).isEqualTo("I gang");
		assertThat(browser.text("[role=status]")).contains("Oppgåva er lagra");
		assertThat(subProjects.task(community.id(), project.id(), taskId).status()).isEqualTo(TaskStatus.IN_PROGRESS);
		browser.screenshot("project-task-status");
	}

	@Test
	void aSplitThatDoesNotAddUpComesBackWithTheMessageBesideItAndEverythingTyped() {
		Community community = community();
		Project project = projects.create(community, project("Budsjettprosjekt " + unique()));

		browser.signIn("koordinator", "samhald-demo").open(BASE + "/" + project.id() + "/budget");
		browser.find("#costs0\\.label").sendKeys("Konsulentbistand PwC");
		browser.find("#costs0\\.amount").sendKeys("300 000");
		new Select(browser.find("#shares0\\.partnerId")).selectByVisibleText("Helse Førde");
		browser.find("#shares0\\.amount").sendKeys("130 000");
		browser.find("#shares1\\.label").sendKeys("Kommunane");
		browser.find("#shares1\\.amount").sendKeys("160 000");
		browser.clickAndWait("form.form button[type=submit]");

		assertThat(browser.text("#shares-error")).contains("290", "300", "10").contains("ikkje lik totalkostnaden");
		assertThat(browser.find("#costs0\\.amount").getAttribute("value")).isEqualTo("300 000");
		assertThat(browser.find("#shares1\\.label").getAttribute("value")).isEqualTo("Kommunane");
		assertThat(browser.find("#shares1\\.amount").getAttribute("value")).isEqualTo("160 000");
		assertThat(browser.text(".error-summary")).contains("ikkje lik totalkostnaden");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("project-budget-error");

		browser.find("#shares1\\.amount").clear();
		browser.find("#shares1\\.amount").sendKeys("170 000");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text("#budget-split")).contains("Helse Førde", "Kommunane");
		assertThat(browser.findAll("#budget-unbalanced")).isEmpty();
	}

	@Test
	void aTaskDueAfterTheProjectEndsIsRefusedBesideTheDateWithTheTitleKept() {
		Community community = community();
		Project project = projects.create(community, project("Fristprosjekt " + unique()));
		long subProject = subProjects.addSubProject(community, project.id(), subProject());

		browser.signIn("koordinator", "samhald-demo")
			.open(BASE + "/" + project.id() + "/subprojects/" + subProject + "/tasks/new");
		browser.find("#title").sendKeys("Samla rapport");
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('dueDate').value = '2027-03-01'");
		browser.clickAndWait("form.form button[type=submit]");

		assertThat(browser.text("#dueDate-error")).contains("31.12.2026");
		assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Samla rapport");
		assertThat(browser.find("#dueDate").getAttribute("value")).isEqualTo("2027-03-01");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void anEditThatCrossesAnotherIsRefusedWithWhatChangedAndTheTypedTextKept() {
		Community community = community();
		Project project = projects.create(community, project("Samtidig " + unique()));

		browser.signIn("koordinator", "samhald-demo").open(BASE + "/" + project.id() + "/edit");
		Project stored = projects.get(community.id(), project.id());
		projects.update(community, project.id(), new SaveProject(stored.name(), stored.background(),
				"Mandat frå ein annan koordinator", stored.status(), stored.startDate(), stored.endDate(), null, null, null,
				null, stored.version()));
		browser.find("#background").sendKeys("Min bakgrunnstekst");
		browser.clickAndWait("form.form button[type=submit]");

		assertThat(browser.text(".alert.warning")).contains("Nokon andre har endra", "Mandat", "Bakgrunn");
		assertThat(browser.find("#background").getAttribute("value")).isEqualTo("Min bakgrunnstekst");
		assertThat(projects.get(community.id(), project.id()).background()).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void aSubProjectEditThatCrossesAnotherIsRefusedWithWhatChangedAndTheTypedTextKept() {
		Community community = community();
		Project project = projects.create(community, project("Delprosjekt " + unique()));
		long subProjectId = subProjects.addSubProject(community, project.id(), subProject());

		browser.signIn("koordinator", "samhald-demo")
			.open(BASE + "/" + project.id() + "/subprojects/" + subProjectId + "/edit");
		SubProject opened = subProjects.subProject(community.id(), project.id(), subProjectId);
		subProjects.updateSubProject(community, project.id(), subProjectId, new SaveSubProject("Rekruttering og stabilisering",
				opened.description(), null, null, null, opened.version()));
		browser.find("#description").sendKeys("Mi skildring");
		browser.clickAndWait("form.form button[type=submit]");

		assertThat(browser.text(".alert.warning")).contains("Nokon andre har endra", "Namn");
		assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Mi skildring");
		SubProject stored = subProjects.subProject(community.id(), project.id(), subProjectId);
		assertThat(stored.name()).isEqualTo("Rekruttering og stabilisering");
		assertThat(stored.description()).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void theProjectPageFitsAPhoneWithoutSidewaysScrolling() {
		var window = browser.driver().manage().window();
		var desktop = window.getSize();
		try {
			window.setSize(new org.openqa.selenium.Dimension(390, 844));
			browser.signIn("koordinator", "samhald-demo").open(BASE + "/" + seedProject().id());
			assertThat(browser.sidewaysOverflow()).isLessThanOrEqualTo(0);
			scrollTo("#subprojects");
			browser.screenshot("project-phone");
		}
		finally {
			window.setSize(desktop);
		}
	}

	private void scrollTo(String css) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.find(css));
	}

	private Community community() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private Project seedProject() {
		return projects.all(community().id()).stream().map(ProjectSummary::project)
			.filter(p -> p.name().equals("Samhandlingsprosjekt Sogn og Fjordane helsefellesskap")).findFirst().orElseThrow();
	}

	private static SaveProject project(String name) {
		return new SaveProject(name, null, null, ProjectStatus.PLANNED, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), null, null, null, null, 0);
	}

	private static SaveSubProject subProject() {
		return new SaveSubProject("Rekruttering", null, null, null, null, 0);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
