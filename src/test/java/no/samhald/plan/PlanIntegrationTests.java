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

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
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
		ActionPlan first = plans.create(community.id(), community.slug(), planDetails("Plan " + unique(), 2030, null));
		PlanArea area = plans.addArea(community.id(), community.slug(), first.id(), areaDetails("Område " + unique()));
		PlanArea finished = plans.addArea(community.id(), community.slug(), first.id(), areaDetails("Ferdig " + unique()));
		Measure open = measures.create(community.id(), community.slug(), first.id(), measureDetails(area, "Ope tiltak"));
		Measure done = measures.create(community.id(), community.slug(), first.id(), measureDetails(finished, "Ferdig tiltak"));
		report(community, done, "2030-05-01", MeasureStatus.COMPLETED);

		ActionPlan next = plans.create(community.id(), community.slug(), planDetails("Neste " + unique(), 2031, first.id()));

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
		MeasureDetails details = MeasureDetails.of(measure);
		details.setTitle(" ");
		details.setStartDate(LocalDate.of(2030, 6, 1));
		details.setDueDate(LocalDate.of(2030, 5, 1));
		assertThatThrownBy(() -> measures.update(community.id(), community.slug(), measure.id(), details))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field() + ":" + p.messageKey())
				.containsExactlyInAnyOrder("title:validation.required", "dueDate:measure.dueDate.beforeStart"));
	}

	@Test
	void theSecondOfTwoConcurrentMeasureEditsIsRefusedAndNamesWhatChanged() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Measure measure = freshMeasure(community);
		MeasureDetails first = MeasureDetails.of(measure);
		MeasureDetails second = MeasureDetails.of(measure);
		first.setTarget("Mål frå den første");
		measures.update(community.id(), community.slug(), measure.id(), first);
		second.setDescription("Endra av den andre");

		assertThatThrownBy(() -> measures.update(community.id(), community.slug(), measure.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Measure stored = measures.get(community.id(), measure.id());
		assertThat(stored.target()).isEqualTo("Mål frå den første");
		assertThat(second.fieldsChangedIn(stored)).containsExactlyInAnyOrder("target", "description");
	}

	@Test
	void aStrategyGetsFocusAreasAndEachPriorityGroupOnce() {
		Community community = communities.bySlug("vestfold");
		Strategy strategy = strategies.create(community.id(), community.slug(), strategyDetails("Strategi " + unique(), 2025, 2028));
		var area = new FocusAreaDetails();
		area.setTitle("Felles styringsdata");
		area.setPriorities("Felles analyser\nFramskrivingar\n");
		strategies.saveFocusArea(community.id(), community.slug(), strategy.id(), null, area);
		var rehabilitation = new PriorityGroupDetails();
		rehabilitation.setPatientGroup(PatientGroup.REHABILITATION);
		rehabilitation.setCommitment("Arbeidsgruppe som kartlegger utfordringer.");
		strategies.savePriorityGroup(community.id(), community.slug(), strategy.id(), null, rehabilitation);

		assertThatThrownBy(() -> strategies.savePriorityGroup(community.id(), community.slug(), strategy.id(), null, rehabilitation))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::messageKey).containsExactly("strategy.priorityGroup.taken"));
		Strategy stored = strategies.get(community.id(), strategy.id());
		assertThat(stored.focusAreas()).singleElement().satisfies(
				f -> assertThat(f.priorityList()).containsExactly("Felles analyser", "Framskrivingar"));
		assertThat(stored.priorityGroups()).extracting(PriorityGroup::patientGroup).containsExactly(PatientGroup.REHABILITATION);
		rehabilitation.setCommitment("Endra");
		strategies.savePriorityGroup(community.id(), community.slug(), strategy.id(), 0, rehabilitation);
		assertThat(strategies.get(community.id(), strategy.id()).priorityGroups().get(0).commitment()).isEqualTo("Endra");
	}

	@Test
	void aStrategyEndingBeforeItStartsIsRefusedAndAStaleEditToo() {
		Community community = communities.bySlug("vestfold");
		assertThatThrownBy(() -> strategies.create(community.id(), community.slug(), strategyDetails("Feil", 2028, 2025)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("lastYear:strategy.lastYear.beforeFirst"));
		Strategy strategy = strategies.create(community.id(), community.slug(), strategyDetails("Strategi " + unique(), 2025, 2028));
		StrategyDetails first = StrategyDetails.of(strategy);
		StrategyDetails second = StrategyDetails.of(strategy);
		first.setSummary("Den første");
		strategies.update(community.id(), community.slug(), strategy.id(), first);
		assertThatThrownBy(() -> strategies.update(community.id(), community.slug(), strategy.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(second.fieldsChangedIn(strategies.get(community.id(), strategy.id()))).containsExactly("summary");
	}

	@Test
	void aStaleActionPlanEditIsRefusedAndThePredecessorStays() {
		Community community = communities.bySlug("sogn-og-fjordane");
		ActionPlan first = plans.create(community.id(), community.slug(), planDetails("Plan " + unique(), 2032, null));
		ActionPlan plan = plans.create(community.id(), community.slug(), planDetails("Plan " + unique(), 2033, first.id()));
		ActionPlanDetails mine = ActionPlanDetails.of(plan);
		ActionPlanDetails theirs = ActionPlanDetails.of(plan);
		theirs.setPredecessorId(null);
		theirs.setTitle(plan.title() + " (revidert)");
		plans.update(community.id(), community.slug(), plan.id(), theirs);
		assertThat(plans.get(community.id(), plan.id()).predecessorId()).isEqualTo(first.id());
		mine.setSummary("Mitt samandrag");
		assertThatThrownBy(() -> plans.update(community.id(), community.slug(), plan.id(), mine))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void anAreaIsRenamedKeepingItsNumberAndAStaleRenameIsRefused() {
		Community community = communities.bySlug("sogn-og-fjordane");
		ActionPlan plan = plans.create(community.id(), community.slug(), planDetails("Plan " + unique(), 2034, null));
		PlanArea area = plans.addArea(community.id(), community.slug(), plan.id(), areaDetails("Akuttkjeda"));
		AreaDetails mine = AreaDetails.of(area);
		AreaDetails theirs = AreaDetails.of(area);
		theirs.setTitle("Den akuttmedisinske kjeda");
		PlanArea renamed = plans.updateArea(community.id(), community.slug(), plan.id(), area.id(), theirs);
		assertThat(renamed.number()).isEqualTo(area.number());
		mine.setDescription("Samtrening");
		assertThatThrownBy(() -> plans.updateArea(community.id(), community.slug(), plan.id(), area.id(), mine))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(mine.fieldsChangedIn(plans.area(community.id(), plan.id(), area.id())))
			.containsExactlyInAnyOrder("title", "description");
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
		ActionPlan plan = plans.create(community.id(), community.slug(), planDetails("Plan " + unique(), 2030, null));
		PlanArea area = plans.addArea(community.id(), community.slug(), plan.id(), areaDetails("Område " + unique()));
		return measures.create(community.id(), community.slug(), plan.id(), measureDetails(area, "Tiltak " + unique()));
	}

	private void report(Community community, Measure measure, String day, MeasureStatus status) {
		var update = new StatusUpdateDetails();
		update.setStatusDate(LocalDate.parse(day));
		update.setStatus(status);
		update.setComment("Rapport " + day);
		measures.report(community.id(), community.slug(), measure.id(), update);
	}

	private static ActionPlanDetails planDetails(String title, int year, Long predecessorId) {
		var details = new ActionPlanDetails();
		details.setTitle(title);
		details.setStartDate(LocalDate.of(year, 1, 1));
		details.setEndDate(LocalDate.of(year, 12, 31));
		details.setPredecessorId(predecessorId);
		return details;
	}

	private static StrategyDetails strategyDetails(String title, int first, int last) {
		var details = new StrategyDetails();
		details.setTitle(title);
		details.setFirstYear(first);
		details.setLastYear(last);
		return details;
	}

	private static AreaDetails areaDetails(String title) {
		var details = new AreaDetails();
		details.setTitle(title);
		return details;
	}

	private static MeasureDetails measureDetails(PlanArea area, String title) {
		var details = new MeasureDetails();
		details.setAreaId(area.id());
		details.setTitle(title);
		return details;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
