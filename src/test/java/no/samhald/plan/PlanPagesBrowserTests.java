package no.samhald.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class PlanPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	ActionPlans plans;

	@Autowired
	Measures measures;

	@Autowired
	Strategies strategies;

	@Autowired
	UserDetailsService accounts;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void thePublicReadsTheStrategyThePlansAndTheStatusOfEachMeasure() {
		browser.open("/sogn-og-fjordane/plans");
		assertThat(browser.pageText()).contains("Strategi 2025–2028", "Handlingsplan 2025–2026");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("plans");

		browser.clickAndWait("a[href*='/plans/strategies/']");
		assertThat(browser.pageText()).contains("Felles planlegging", "Eldre med skrøpelegheit", "ACT-/FACT-team");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("strategy");

		Community vestfold = communities.bySlug("vestfold");
		ActionPlan plan2024 = plans.all(vestfold.id()).stream().filter(p -> p.title().equals("Handlingsplan 2024"))
			.findFirst().orElseThrow();
		browser.open("/vestfold/plans/" + plan2024.id() + "?lang=nb");
		assertThat(browser.text(".plan-areas")).contains("1. Skrøpelige eldre og multisyke", "Vitality", "Pågående",
				"12. Strategi for Helsefellesskapet");
		assertThat(browser.text(".status-summary")).contains("Fullført", "Totalt");
		assertThat(browser.findAll(".plan-areas del")).extracting(WebElement::getText)
			.containsExactly("Utarbeide strategi for Helsefellesskapet");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("action-plan-status");

		browser.clickAndWait(".plan-areas a[href*='/measures/']");
		assertThat(browser.text("#history")).isNotEmpty();
		assertThat(browser.text(".status-history")).contains("20.11.2024");
		assertThat(browser.findAll("#status-form")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void thePlanAndMeasurePagesFitAPhoneScreen() {
		Measure measure = freshMeasure();
		browser.signIn("koordinator", "samhald-demo");
		var window = browser.driver().manage().window();
		window.setSize(new Dimension(390, 844));
		try {
			browser.open("/sogn-og-fjordane/plans/" + plans.all(communities.bySlug("sogn-og-fjordane").id()).stream()
				.filter(p -> p.title().equals("Handlingsplan 2025–2026")).findFirst().orElseThrow().id());
			assertThat(horizontalOverflow()).isFalse();
			browser.screenshot("action-plan-phone");
			browser.open(measurePath(measure));
			assertThat(horizontalOverflow()).isFalse();
			browser.screenshot("measure-phone");
		}
		finally {
			window.setSize(new Dimension(1280, 1000));
		}
	}

	private boolean horizontalOverflow() {
		Object overflow = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
		return Boolean.TRUE.equals(overflow);
	}

	@Test
	void aCoordinatorAddsAStatusUpdateAndSeesItInTheHistory() {
		Measure measure = freshMeasure();
		browser.signIn("koordinator", "samhald-demo");
		browser.open(measurePath(measure));
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		submitStatus("2030-04-01", "IN_PROGRESS", "Arbeidsgruppa har hatt sitt første møte.");

		assertThat(browser.text(".alert.success")).contains("Statusrapporten er lagra");
		assertThat(browser.text(".status-history")).contains("01.04.2030", "Pågåande", "Arbeidsgruppa har hatt sitt første møte.");
		assertThat(browser.text("#current-status")).contains("Pågåande");
		browser.screenshot("measure-with-status");
	}

	@Test
	void aStatusUpdateDatedBeforeThePreviousComesBackWithTheMessageBesideTheDateAndTheTextKept() {
		Measure measure = freshMeasure();
		browser.signIn("koordinator", "samhald-demo");
		browser.open(measurePath(measure));
		submitStatus("2030-04-01", "PLANNED", "Første rapport.");

		submitStatus("2030-03-01", "COMPLETED", "Denne teksten skal ikkje forsvinne.");

		assertThat(browser.text("#statusDate-error")).contains("før den førre statusrapporten");
		assertThat(browser.find("#statusDate").getAttribute("value")).isEqualTo("2030-03-01");
		assertThat(browser.find("#comment").getAttribute("value")).isEqualTo("Denne teksten skal ikkje forsvinne.");
		assertThat(new Select(browser.find("#status")).getFirstSelectedOption().getAttribute("value")).isEqualTo("COMPLETED");
		assertThat(browser.text(".status-history")).doesNotContain("Denne teksten");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("status-update-error");
	}

	@Test
	void aMeasureDueBeforeItStartsComesBackWithEverythingTyped() {
		Measure measure = freshMeasure();
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/plans/" + measure.actionPlanId() + "/measures/new");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		new Select(browser.find("#areaId")).selectByValue(String.valueOf(measure.areaId()));
		browser.find("#title").sendKeys("Felles opplæring i kartleggingsverktøyet");
		browser.find("#target").sendKeys("Alle kommunane har delteke");
		setValue("#startDate", "2030-09-01");
		setValue("#dueDate", "2030-08-01");
		submit("form.form button[type=submit]");

		assertThat(browser.text("#dueDate-error")).contains("Fristen kan ikkje vere før startdatoen");
		assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Felles opplæring i kartleggingsverktøyet");
		assertThat(browser.find("#target").getAttribute("value")).isEqualTo("Alle kommunane har delteke");
		assertThat(browser.find("#startDate").getAttribute("value")).isEqualTo("2030-09-01");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("measure-form-error");
	}

	@Test
	void theCoordinatorFormsForPlansAndAreasPassAxe() {
		Measure measure = freshMeasure();
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/plans/new?from=" + measure.actionPlanId());
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		submit("form.form button[type=submit]");
		assertThat(browser.text(".error-summary")).isNotEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open("/sogn-og-fjordane/plans/" + measure.actionPlanId() + "/edit");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open("/sogn-og-fjordane/plans/" + measure.actionPlanId() + "/areas/new");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open("/sogn-og-fjordane/plans/" + measure.actionPlanId() + "/areas/" + measure.areaId() + "/edit");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open("/sogn-og-fjordane/plans/" + measure.actionPlanId() + "/measures/" + measure.id() + "/edit");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open("/sogn-og-fjordane/plans/" + measure.actionPlanId());
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void aCoordinatorMakesAStrategyWithAFocusAreaAndAPriorityGroup() {
		browser.signIn("vestfold", "samhald-demo");
		browser.open("/vestfold/plans/strategies/new");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		String title = "Strategi for Helsefellesskapet " + UUID.randomUUID().toString().substring(0, 8);
		browser.find("#title").sendKeys(title);
		browser.find("#firstYear").sendKeys("2028");
		browser.find("#lastYear").sendKeys("2025");
		submit("form.form button[type=submit]");
		assertThat(browser.text("#lastYear-error")).isNotEmpty();
		assertThat(browser.find("#title").getAttribute("value")).isEqualTo(title);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.find("#lastYear").clear();
		browser.find("#lastYear").sendKeys("2031");
		submitAndWaitForSaved();
		assertThat(browser.find("h1").getText()).isEqualTo(title);

		browser.clickAndWait("a[href*='/focus-areas/new']");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.find("#title").sendKeys("Felles planlegging");
		browser.find("#priorities").sendKeys("Felles analyser og framskrivninger");
		submitAndWaitForSaved();
		browser.clickAndWait("a[href*='/groups/new']");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		new Select(browser.find("#patientGroup")).selectByValue("REHABILITATION");
		browser.find("#commitment").sendKeys("Arbeidsgruppe som kartlegger utfordringer.");
		submitAndWaitForSaved();

		assertThat(browser.pageText()).contains("Felles analyser og framskrivninger", "Rehabilitering",
				"Arbeidsgruppe som kartlegger utfordringer.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void editingAMeasureSomeoneElseChangedIsRefusedWithWhatChanged() {
		Measure measure = freshMeasure();
		browser.signIn("koordinator", "samhald-demo");
		browser.open(measurePath(measure) + "/edit");
		Community community = communities.bySlug("sogn-og-fjordane");
		var meanwhile = new SaveMeasure(measure.areaId(), measure.title(), measure.description(), measure.patientGroup(),
				measure.forumId(), measure.ownerId(), measure.status(), "Endra av ein annan", measure.startDate(),
				measure.dueDate(), measure.version());
		SignedIn.asCoordinator(() -> measures.update(community, measure.id(), meanwhile));

		browser.find("#description").sendKeys("Mi skildring");
		submit("form.form button[type=submit]");

		assertThat(browser.text("#conflict")).contains("Mål eller indikator");
		assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Mi skildring");
		assertThat(measures.get(community.id(), measure.id()).description()).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void editingAFocusAreaSomeoneElseChangedIsRefusedWithWhatChanged() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Strategy strategy = SignedIn.asCoordinator(() -> {
			Strategy created = strategies.create(community,
					new SaveStrategy("Strategi " + UUID.randomUUID().toString().substring(0, 8), 2025, 2028, null, 0));
			return strategies.saveFocusArea(community, created.id(), null, new SaveFocusArea("Rekruttering", "", "", 0));
		});
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/plans/strategies/" + strategy.id() + "/focus-areas/1/edit");
		SignedIn.asCoordinator(() -> strategies.saveFocusArea(community, strategy.id(), 1,
				new SaveFocusArea("Rekruttering og kompetanse", "", "", 0)));

		browser.find("#description").sendKeys("Mi skildring");
		submit("form.form button[type=submit]");

		assertThat(browser.text("#conflict")).contains("Namn på innsatsområdet");
		assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Mi skildring");
		FocusArea stored = strategies.focusArea(community.id(), strategy.id(), 1);
		assertThat(stored.title()).isEqualTo("Rekruttering og kompetanse");
		assertThat(stored.description()).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	private void submitStatus(String date, String status, String comment) {
		setValue("#statusDate", date);
		new Select(browser.find("#status")).selectByValue(status);
		browser.find("#comment").clear();
		browser.find("#comment").sendKeys(comment);
		submit("#status-form button[type=submit]");
	}

	/** Clicks and waits until the page is replaced, so no element of the old page is read. */
	private void submit(String css) {
		browser.clickAndWait(css);
	}

	/** Submits the form and waits for the page the save redirects to, so no element of the old page is read. */
	private void submitAndWaitForSaved() {
		browser.clickAndWait("form.form button[type=submit]");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("saved"));
	}

	@Test
	void theMeasureOwnerHasTheStatusFormOnTheirOwnMeasureOnly() {
		Community community = communities.bySlug("sogn-og-fjordane");
		long ownedId = ((SignedInUser) accounts.loadUserByUsername("tiltakseigar")).grants().stream()
			.filter(grant -> grant.role() == Role.MEASURE_OWNER).findFirst().orElseThrow().scopeId();
		Measure owned = measures.get(community.id(), ownedId);
		Measure other = freshMeasure();

		browser.signIn("tiltakseigar", "samhald-demo").open(measurePath(owned));
		assertThat(browser.findAll("#status-form")).hasSize(1);
		assertThat(browser.findAll(".page-heading a.button")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open(measurePath(other));
		assertThat(browser.findAll("#status-form")).isEmpty();
	}

	private void setValue(String css, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
	}

	private String measurePath(Measure measure) {
		return "/sogn-og-fjordane/plans/" + measure.actionPlanId() + "/measures/" + measure.id();
	}

	private Measure freshMeasure() {
		Community community = communities.bySlug("sogn-og-fjordane");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return SignedIn.asCoordinator(() -> {
			ActionPlan plan = plans.create(community, new SaveActionPlan("Handlingsplan " + unique,
					LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31), null, null, null, null, 0));
			PlanArea area = plans.addArea(community, plan.id(), new SaveArea("Eldre med skrøpelegheit " + unique, null, 0));
			return measures.create(community, plan.id(), new SaveMeasure(area.id(), "Felles funksjonskartlegging " + unique,
					null, null, null, null, MeasureStatus.NOT_STARTED, null, null, null, 0));
		});
	}

}
