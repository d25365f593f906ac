package no.samhald.plan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
@WithUserDetails("koordinator")
class PlanIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Strategies strategies;

	@Autowired
	ActionPlans plans;

	@Autowired
	Measures measures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sognOgFjordaneHasItsStrategyWithTheFivePriorityPatientGroupsAndAnFsuPlanForTwoYears() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Strategy strategy = strategies.all(community.id()).get(0);
		assertThat(strategy.period()).isEqualTo("2025–2028");
		assertThat(strategy.focusAreas()).extracting(FocusArea::title)
			.containsExactly("Felles planlegging", "Rekruttering og kompetanse", "Prioriterte pasientgrupper");
		assertThat(strategy.priorityGroups()).extracting(PriorityGroup::patientGroup)
			.allMatch(PatientGroup::isNational).hasSize(5);
		ActionPlan plan = plans.ofStrategy(community.id(), strategy.id()).get(0);
		assertThat(plan.endDate()).isEqualTo(plan.startDate().plusYears(2).minusDays(1));
		assertThat(measures.ofPlan(community.id(), plan.id())).extracting(Measure::title)
			.contains("Pilotering av integrerte helsetenester for barn og unge i Nordfjord", "Vidareføre ACT-/FACT-team",
					"Vidareutvikle Møteplassen for koordinerande einingar");
	}

	@Test
	void vestfoldsPlanFor2025CarriesOverWhatWasUnfinishedIn2024() {
		Community vestfold = communities.bySlug("vestfold");
		ActionPlan plan2024 = plan(vestfold, "Handlingsplan 2024");
		ActionPlan plan2025 = plan(vestfold, "Handlingsplan 2025");
		assertThat(plans.areas(vestfold.id(), plan2024.id())).hasSize(12);
		List<Measure> old = measures.ofPlan(vestfold.id(), plan2024.id());
		List<Measure> carried = measures.ofPlan(vestfold.id(), plan2025.id()).stream()
			.filter(m -> m.originId() != null).toList();
		assertThat(carried).extracting(Measure::originId)
			.containsExactlyInAnyOrderElementsOf(old.stream().filter(m -> m.status().isOpen()).map(Measure::id).toList());
		assertThat(carried).extracting(Measure::title)
			.doesNotContain("Etablere fagutvalg for fastlegetjenesten", "Utarbeide strategi for Helsefellesskapet");
		assertThat(plans.areas(vestfold.id(), plan2025.id())).extracting(PlanArea::title)
			.contains("Svangerskap, fødsel og barsel", "Habilitering", "Rehabilitering");
		assertThat(plans.statusCounts(vestfold.id(), plan2024.id()).of(MeasureStatus.COMPLETED)).isEqualTo(1);
	}

	@Test
	void aNewPlanMadeFromAnotherTakesItsOpenMeasuresUnderCopiesOfTheirAreas() {
		Community community = communities.bySlug("sogn-og-fjordane");
		ActionPlan first = plans.create(community, plan("Plan " + unique(), 2030, null));
		PlanArea area = plans.addArea(community, first.id(), area("Område " + unique()));
		PlanArea finished = plans.addArea(community, first.id(), area("Ferdig " + unique()));
		Measure open = measures.create(community, first.id(), measure(area, "Ope tiltak"));
		Measure done = measures.create(community, first.id(), measure(finished, "Ferdig tiltak"));
		report(community, done, "2030-05-01", MeasureStatus.COMPLETED);

		ActionPlan next = plans.create(community, plan("Neste " + unique(), 2031, first.id()));

		List<Measure> carried = measures.ofPlan(community.id(), next.id());
		assertThat(carried).singleElement().satisfies(m -> {
			assertThat(m.originId()).isEqualTo(open.id());
			assertThat(m.title()).isEqualTo("Ope tiltak");
		});
		assertThat(plans.areas(community.id(), next.id())).extracting(PlanArea::title).containsExactly(area.title());
		assertThat(measures.carriedInto(community.id(), open.id())).get().extracting(Measure::id)
			.isEqualTo(carried.get(0).id());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'actionPlan.created' and subject = :s")
			.param("s", "action plan " + next.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aStatusUpdateSetsTheStatusAndOneDatedBeforeThePreviousIsRefused() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Measure measure = freshMeasure(community);
		report(community, measure, "2030-04-01", MeasureStatus.IN_PROGRESS);
		assertThat(measures.get(community.id(), measure.id()).status()).isEqualTo(MeasureStatus.IN_PROGRESS);

		assertThatThrownBy(() -> report(community, measure, "2030-03-31", MeasureStatus.COMPLETED))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::messageKey).containsExactly("statusUpdate.date.beforePrevious"));
		assertThat(measures.history(community.id(), measure.id())).hasSize(1);
		assertThat(measures.get(community.id(), measure.id()).status()).isEqualTo(MeasureStatus.IN_PROGRESS);
	}

	@Test
	void aMeasureDueBeforeItStartsOrWithoutTitleIsRefused() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Measure measure = freshMeasure(community);
		var edit = new SaveMeasure(measure.areaId(), " ", "", null, null, null, measure.status(), "",
				LocalDate.of(2030, 6, 1), LocalDate.of(2030, 5, 1), measure.version());
		assertThatThrownBy(() -> measures.update(community, measure.id(), edit))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field() + ":" + p.messageKey())
				.containsExactlyInAnyOrder("title:validation.required", "dueDate:measure.dueDate.beforeStart"));
	}

	@Test
	void theSecondOfTwoConcurrentMeasureEditsIsRefusedAndNamesWhatChanged() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Measure measure = freshMeasure(community);
		measures.update(community, measure.id(), measureEdit(measure, measure.description(), "Mål frå den første"));
		var second = measureEdit(measure, "Endra av den andre", measure.target());

		assertThatThrownBy(() -> measures.update(community, measure.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Measure stored = measures.get(community.id(), measure.id());
		assertThat(stored.target()).isEqualTo("Mål frå den første");
		assertThat(second.fieldsChangedIn(stored)).containsExactlyInAnyOrder("target", "description");
	}

	@Test
	@WithUserDetails("admin")
	void aStrategyGetsFocusAreasAndEachPriorityGroupOnce() {
		Community community = communities.bySlug("vestfold");
		Strategy strategy = strategies.create(community, strategy("Strategi " + unique(), 2025, 2028));
		strategies.saveFocusArea(community, strategy.id(), null,
				new SaveFocusArea("Felles styringsdata", null, "Felles analyser\nFramskrivingar\n", 0));
		var rehabilitation = new SavePriorityGroup(PatientGroup.REHABILITATION, null,
				"Arbeidsgruppe som kartlegger utfordringer.", 0);
		strategies.savePriorityGroup(community, strategy.id(), null, rehabilitation);

		assertThatThrownBy(() -> strategies.savePriorityGroup(community, strategy.id(), null, rehabilitation))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::messageKey).containsExactly("strategy.priorityGroup.taken"));
		Strategy stored = strategies.get(community.id(), strategy.id());
		assertThat(stored.focusAreas()).singleElement().satisfies(
				f -> assertThat(f.priorityList()).containsExactly("Felles analyser", "Framskrivingar"));
		assertThat(stored.priorityGroups()).extracting(PriorityGroup::patientGroup).containsExactly(PatientGroup.REHABILITATION);
		strategies.savePriorityGroup(community, strategy.id(), 1,
				new SavePriorityGroup(PatientGroup.REHABILITATION, null, "Endra", 0));
		assertThat(strategies.get(community.id(), strategy.id()).priorityGroups().get(0).commitment()).isEqualTo("Endra");
	}

	@Test
	void aStaleFocusAreaEditIsRefusedAndTheStoredOneStays() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Strategy strategy = strategies.create(community, strategy("Strategi " + unique(), 2025, 2028));
		strategies.saveFocusArea(community, strategy.id(), null, new SaveFocusArea("Rekruttering", "", "", 0));
		strategies.saveFocusArea(community, strategy.id(), null, new SaveFocusArea("Digitalisering", "", "", 0));
		FocusArea opened = strategies.focusArea(community.id(), strategy.id(), 1);

		strategies.saveFocusArea(community, strategy.id(), 1,
				new SaveFocusArea("Rekruttering og kompetanse", "", "", opened.version()));
		var stale = new SaveFocusArea(opened.title(), "Mi skildring", "", opened.version());

		assertThatThrownBy(() -> strategies.saveFocusArea(community, strategy.id(), 1, stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		FocusArea stored = strategies.focusArea(community.id(), strategy.id(), 1);
		assertThat(stored.title()).isEqualTo("Rekruttering og kompetanse");
		assertThat(stored.description()).isEmpty();
		assertThat(stale.fieldsChangedIn(stored)).containsExactlyInAnyOrder("title", "description");
		// Another focus area of the same strategy is still open to the version its editor saw.
		FocusArea other = strategies.focusArea(community.id(), strategy.id(), 2);
		strategies.saveFocusArea(community, strategy.id(), 2, new SaveFocusArea("Digitalisering og forsking", "", "",
				other.version()));
		assertThat(strategies.focusArea(community.id(), strategy.id(), 2).title()).isEqualTo("Digitalisering og forsking");
	}

	@Test
	void aStalePriorityGroupEditIsRefusedAndTheStoredOneStays() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Strategy strategy = strategies.create(community, strategy("Strategi " + unique(), 2025, 2028));
		strategies.savePriorityGroup(community, strategy.id(), null,
				new SavePriorityGroup(PatientGroup.FRAIL_ELDERLY, "", "Fagnettverk", 0));
		PriorityGroup opened = strategies.priorityGroup(community.id(), strategy.id(), 1);

		strategies.savePriorityGroup(community, strategy.id(), 1,
				new SavePriorityGroup(PatientGroup.FRAIL_ELDERLY, "", "Fagnettverk for eldremedisin", opened.version()));
		var stale = new SavePriorityGroup(PatientGroup.FRAIL_ELDERLY, "", "Felles kartleggingsverktøy", opened.version());

		assertThatThrownBy(() -> strategies.savePriorityGroup(community, strategy.id(), 1, stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		PriorityGroup stored = strategies.priorityGroup(community.id(), strategy.id(), 1);
		assertThat(stored.commitment()).isEqualTo("Fagnettverk for eldremedisin");
		assertThat(stale.fieldsChangedIn(stored)).containsExactly("commitment");
	}

	@Test
	void aFocusAreaAndAPriorityGroupAreAddressedByTheirNumberNotByTheirPlaceInTheList() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Strategy strategy = strategies.create(community, strategy("Strategi " + unique(), 2025, 2028));
		strategies.saveFocusArea(community, strategy.id(), null, new SaveFocusArea("Rekruttering", "", "", 0));
		strategies.saveFocusArea(community, strategy.id(), null, new SaveFocusArea("Digitalisering", "", "", 0));
		strategies.savePriorityGroup(community, strategy.id(), null,
				new SavePriorityGroup(PatientGroup.FRAIL_ELDERLY, "", "Fagnettverk", 0));
		strategies.savePriorityGroup(community, strategy.id(), null,
				new SavePriorityGroup(PatientGroup.REHABILITATION, "", "Kvardagsrehabilitering", 0));
		// The first of each leaves the list (as a later removal or reordering would do): the places move.
		for (String table : List.of("strategy_focus_area", "strategy_patient_group")) {
			jdbc.sql("delete from " + table + " where strategy_id = ? and number = 1").param(strategy.id()).update();
			jdbc.sql("update " + table + " set position = position - 1 where strategy_id = ?").param(strategy.id()).update();
		}

		strategies.saveFocusArea(community, strategy.id(), 2, new SaveFocusArea("Digitalisering og forsking", "", "", 0));
		strategies.savePriorityGroup(community, strategy.id(), 2,
				new SavePriorityGroup(PatientGroup.REHABILITATION, "", "Kvardagsrehabilitering i alle kommunar", 0));

		Strategy stored = strategies.get(community.id(), strategy.id());
		assertThat(stored.focusAreas()).extracting(FocusArea::number, FocusArea::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Digitalisering og forsking"));
		assertThat(stored.priorityGroups()).extracting(PriorityGroup::number, PriorityGroup::commitment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Kvardagsrehabilitering i alle kommunar"));
		assertThatThrownBy(() -> strategies.focusArea(community.id(), strategy.id(), 1)).isInstanceOf(NotFoundException.class);
		// A new one gets a number that none in the list has.
		strategies.saveFocusArea(community, strategy.id(), null, new SaveFocusArea("Beredskap", "", "", 0));
		assertThat(strategies.focusArea(community.id(), strategy.id(), 3).title()).isEqualTo("Beredskap");
	}

	@Test
	@WithUserDetails("admin")
	void aStrategyEndingBeforeItStartsIsRefusedAndAStaleEditToo() {
		Community community = communities.bySlug("vestfold");
		assertThatThrownBy(() -> strategies.create(community, strategy("Feil", 2028, 2025)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("lastYear:strategy.lastYear.beforeFirst"));
		Strategy strategy = strategies.create(community, strategy("Strategi " + unique(), 2025, 2028));
		strategies.update(community, strategy.id(), new SaveStrategy(strategy.title(), 2025, 2028, "Den første",
				strategy.version()));
		var second = new SaveStrategy(strategy.title(), 2025, 2028, strategy.summary(), strategy.version());
		assertThatThrownBy(() -> strategies.update(community, strategy.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(second.fieldsChangedIn(strategies.get(community.id(), strategy.id()))).containsExactly("summary");
	}

	@Test
	void aStaleActionPlanEditIsRefusedAndThePredecessorStays() {
		Community community = communities.bySlug("sogn-og-fjordane");
		ActionPlan first = plans.create(community, plan("Plan " + unique(), 2032, null));
		ActionPlan plan = plans.create(community, plan("Plan " + unique(), 2033, first.id()));
		plans.update(community, plan.id(), new SaveActionPlan(plan.title() + " (revidert)", plan.startDate(),
				plan.endDate(), null, null, null, "", plan.version()));
		assertThat(plans.get(community.id(), plan.id()).predecessorId()).isEqualTo(first.id());
		var mine = new SaveActionPlan(plan.title(), plan.startDate(), plan.endDate(), null, null, first.id(),
				"Mitt samandrag", plan.version());
		assertThatThrownBy(() -> plans.update(community, plan.id(), mine))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void anAreaIsRenamedKeepingItsNumberAndAStaleRenameIsRefused() {
		Community community = communities.bySlug("sogn-og-fjordane");
		ActionPlan plan = plans.create(community, plan("Plan " + unique(), 2034, null));
		PlanArea area = plans.addArea(community, plan.id(), area("Akuttkjeda"));
		PlanArea renamed = plans.updateArea(community, plan.id(), area.id(),
				new SaveArea("Den akuttmedisinske kjeda", "", area.version()));
		assertThat(renamed.number()).isEqualTo(area.number());
		var mine = new SaveArea(area.title(), "Samtrening", area.version());
		assertThatThrownBy(() -> plans.updateArea(community, plan.id(), area.id(), mine))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(mine.fieldsChangedIn(plans.area(community.id(), plan.id(), area.id())))
			.containsExactlyInAnyOrder("title", "description");
	}

	@Test
	void aCoordinatorCannotChangeThePlansOfAnotherCommunity() {
		Community vestfold = communities.bySlug("vestfold");
		ActionPlan plan2024 = plan(vestfold, "Handlingsplan 2024");
		assertThatThrownBy(() -> plans.create(vestfold, plan("Plan " + unique(), 2035, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plans.addArea(vestfold, plan2024.id(), area("Område " + unique())))
			.isInstanceOf(AccessDeniedException.class);
		Strategy strategy = strategies.all(vestfold.id()).get(0);
		assertThatThrownBy(() -> strategies.saveFocusArea(vestfold, strategy.id(), null,
				new SaveFocusArea("Framandt", "", "", 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(strategies.get(vestfold.id(), strategy.id()).focusAreas()).extracting(FocusArea::title)
			.doesNotContain("Framandt");
	}

	@Test
	void plansOfOneCommunityAreNotReachableThroughAnother() {
		ActionPlan vestfoldPlan = plan(communities.bySlug("vestfold"), "Handlingsplan 2024");
		assertThatThrownBy(() -> plans.get(communities.bySlug("sogn-og-fjordane").id(), vestfoldPlan.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theApiListsStrategiesAndPlansAndTheMeasuresOfAPlanWithTheirStatus() throws Exception {
		Community vestfold = communities.bySlug("vestfold");
		ActionPlan plan2024 = plan(vestfold, "Handlingsplan 2024");
		HttpResponse<String> all = get("/api/v1/communities/vestfold/plans");
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).contains("\"actionPlans\"", "\"Handlingsplan 2024\"", "\"statusCounts\"");
		HttpResponse<String> measureList = get("/api/v1/communities/vestfold/plans/" + plan2024.id() + "/measures");
		assertThat(measureList.statusCode()).isEqualTo(200);
		assertThat(measureList.body()).contains("\"Vitality\"", "\"IN_PROGRESS\"", "\"areaNumber\":12", "\"statusUpdates\"")
			.doesNotContain("recordedBy");
		assertThat(get("/api/v1/communities/sogn-og-fjordane/plans/" + plan2024.id() + "/measures").statusCode())
			.isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
	}

	private ActionPlan plan(Community community, String title) {
		return plans.all(community.id()).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
	}

	private Measure freshMeasure(Community community) {
		ActionPlan plan = plans.create(community, plan("Plan " + unique(), 2030, null));
		PlanArea area = plans.addArea(community, plan.id(), area("Område " + unique()));
		return measures.create(community, plan.id(), measure(area, "Tiltak " + unique()));
	}

	private void report(Community community, Measure measure, String day, MeasureStatus status) {
		measures.report(community, measure.id(), new ReportStatus(LocalDate.parse(day), status, "Rapport " + day));
	}

	private static SaveActionPlan plan(String title, int year, Long predecessorId) {
		return new SaveActionPlan(title, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, predecessorId,
				null, 0);
	}

	private static SaveStrategy strategy(String title, int first, int last) {
		return new SaveStrategy(title, first, last, null, 0);
	}

	private static SaveArea area(String title) {
		return new SaveArea(title, null, 0);
	}

	private static SaveMeasure measure(PlanArea area, String title) {
		return new SaveMeasure(area.id(), title, null, null, null, null, MeasureStatus.NOT_STARTED, null, null, null, 0);
	}

	/** The measure as its editor opened it, with a new description and target. */
	private static SaveMeasure measureEdit(Measure m, String description, String target) {
		return new SaveMeasure(m.areaId(), m.title(), description, m.patientGroup(), m.forumId(), m.ownerId(), m.status(),
				target, m.startDate(), m.dueDate(), m.version());
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
