package no.samhald.project;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
@WithUserDetails("koordinator")
class ProjectRulesIntegrationTests {

	private static final String SEED_PROJECT = "Samhandlingsprosjekt Sogn og Fjordane helsefellesskap";

	@Autowired
	Communities communities;

	@Autowired
	Projects projects;

	@Autowired
	SubProjects subProjects;

	@LocalServerPort
	int port;

	@Test
	void theDemoProjectHasTheSeedsSplitSubProjectsAndNetworkGathering() {
		Community community = sognOgFjordane();
		ProjectPlan plan = projects.plan(community.id(), projectNamed(community, SEED_PROJECT).id());

		assertThat(plan.steeringGroup()).isEqualTo("Strategisk samarbeidsutval");
		assertThat(plan.economyHolder()).isEqualTo("Kinn kommune");
		assertThat(plan.goals()).hasSize(3);
		assertThat(plan.subGoals()).hasSize(2);
		assertThat(plan.subGoals().get(0).points()).hasSize(3);
		assertThat(plan.budget().shares()).extracting(Share::payer, Share::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Helse Førde", 130_000L),
					org.assertj.core.groups.Tuple.tuple("Kommunane", 170_000L));
		assertThat(plan.budget().isBalanced()).isTrue();
		assertThat(plan.subProjects()).extracting(s -> s.tasks().size()).containsExactly(5, 5, 4);
		assertThat(plan.members()).anySatisfy(m -> {
			assertThat(m.name()).isEqualTo("PwC");
			assertThat(m.role()).isEqualTo(ProjectRole.CONSULTANT);
			assertThat(m.isExternal()).isTrue();
		});
		assertThat(plan.milestones()).extracting(Milestone::title)
			.contains("Nettverkssamling for strategisk og administrativ leiing", "SSU godkjenner mandatet");
		assertThat(projects.all(community.id())).extracting(s -> s.project().name())
			.contains("Læringsnettverk for gode pasientforløp");
	}

	@Test
	void aProjectCannotEndBeforeItStarts() {
		Community community = sognOgFjordane();
		var backwards = new SaveProject("Baklengs " + unique(), null, null, ProjectStatus.PLANNED, LocalDate.of(2026, 5, 1),
				LocalDate.of(2026, 4, 1), null, null, "Eit mål", null, 0);

		assertThatThrownBy(() -> projects.create(community, backwards))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("endDate:project.endDate.beforeStart"));
	}

	@Test
	void aTaskCannotBeDueAfterTheProjectEndsAndTheProjectCannotEndBeforeItsTasks() {
		Community community = sognOgFjordane();
		Project project = projects.create(community, project("Frister " + unique()));
		long subProject = subProjects.addSubProject(community, project.id(), subProject("Delprosjekt"));
		SaveTask late = task("For sein", LocalDate.of(2027, 1, 1));

		assertThatThrownBy(() -> subProjects.addTask(community, project.id(), subProject, late))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("dueDate:project.task.dueAfterEnd"));

		subProjects.addTask(community, project.id(), subProject, task("I tide", LocalDate.of(2026, 11, 1)));
		SaveProject shorter = edit(projects.plan(community.id(), project.id()), LocalDate.of(2026, 10, 1), null, null,
				null);
		assertThatThrownBy(() -> projects.update(community, project.id(), shorter))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("endDate:project.endDate.beforeTasks"));
		assertThat(projects.get(community.id(), project.id()).endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void aBudgetWhoseSplitDoesNotAddUpIsNotSaved() {
		Community community = sognOgFjordane();
		Project project = projects.create(community, project("Budsjett " + unique()));
		var costs = List.of(new SaveBudget.CostRow("Konsulent", "300000"));
		var unequal = new SaveBudget(costs, List.of(new SaveBudget.ShareRow(null, "Kommunane", "170000")), List.of(), null,
				project.version());

		assertThatThrownBy(() -> projects.saveBudget(community, project.id(), unequal))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("shares:project.budget.split.unequal"));
		assertThat(projects.plan(community.id(), project.id()).budget().isEmpty()).isTrue();

		projects.saveBudget(community, project.id(), new SaveBudget(costs,
				List.of(new SaveBudget.ShareRow(null, "Kommunane", "170000"),
						new SaveBudget.ShareRow(null, "Helseføretaket", "130000")),
				List.of(), null, project.version()));
		assertThat(projects.plan(community.id(), project.id()).budget().sharedTotal()).isEqualTo(300_000);
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndNamesWhatChanged() {
		Community community = sognOgFjordane();
		Project project = projects.create(community, project("Samtidig " + unique()));
		ProjectPlan opened = projects.plan(community.id(), project.id());
		projects.update(community, project.id(), edit(opened, opened.project().endDate(), "Endra av den første",
				"Nytt mål", opened.project().status()));
		SaveProject second = edit(opened, opened.project().endDate(), opened.project().mandate(), opened.goalsText(),
				ProjectStatus.ACTIVE);

		assertThatThrownBy(() -> projects.update(community, project.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		ProjectPlan stored = projects.plan(community.id(), project.id());
		assertThat(stored.project().mandate()).isEqualTo("Endra av den første");
		assertThat(stored.goals()).extracting(Goal::text).containsExactly("Nytt mål");
		assertThat(second.fieldsChangedIn(stored)).containsExactlyInAnyOrder("mandate", "status", "goals");
	}

	@Test
	void aBudgetSavedOnAStaleVersionIsRefused() {
		Community community = sognOgFjordane();
		Project project = projects.create(community, project("Gammal versjon " + unique()));
		ProjectPlan opened = projects.plan(community.id(), project.id());
		projects.update(community, project.id(), edit(opened, opened.project().endDate(), "Nytt mandat",
				opened.goalsText(), opened.project().status()));
		var budget = new SaveBudget(List.of(new SaveBudget.CostRow("Konsulent", "1000")), List.of(), List.of(), null,
				project.version());

		assertThatThrownBy(() -> projects.saveBudget(community, project.id(), budget))
			.isInstanceOf(OptimisticLockingFailureException.class);
		ProjectPlan stored = projects.plan(community.id(), project.id());
		assertThat(stored.budget().isEmpty()).isTrue();
		assertThat(budget.fieldsChangedIn(stored)).containsExactly("costs");
	}

	@Test
	void aTaskMovesToAnotherStatusAndAStaleTaskEditIsRefused() {
		Community community = sognOgFjordane();
		Project project = projects.create(community, project("Status " + unique()));
		long subProject = subProjects.addSubProject(community, project.id(), subProject("Analyse"));
		long taskId = subProjects.addTask(community, project.id(), subProject, task("Kartlegge", null));
		Task opened = subProjects.task(community.id(), project.id(), taskId);

		subProjects.changeTaskStatus(community, project.id(), taskId, TaskStatus.DONE);

		assertThat(subProjects.task(community.id(), project.id(), taskId).status()).isEqualTo(TaskStatus.DONE);
		var stale = new SaveTask("Kartlegge alt", opened.note(), opened.status(), opened.dueDate(), opened.version());
		assertThatThrownBy(() -> subProjects.updateTask(community, project.id(), taskId, stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(stale.fieldsChangedIn(subProjects.task(community.id(), project.id(), taskId)))
			.containsExactlyInAnyOrder("title", "status");
	}

	@Test
	void aSubProjectIsRenamedAndGetsNewDeliverablesWhileItsTasksStay() {
		Community community = sognOgFjordane();
		Project project = projects.create(community, project("Delprosjekt " + unique()));
		long subProjectId = subProjects.addSubProject(community, project.id(), subProject("Analyse"));
		subProjects.addTask(community, project.id(), subProjectId, task("Kartlegge", null));
		SubProject opened = subProjects.subProject(community.id(), project.id(), subProjectId);

		subProjects.updateSubProject(community, project.id(), subProjectId, new SaveSubProject("Langsiktig planlegging",
				opened.description(), null, "Ekstern leiar",
				"Kapittel til samla rapport\nProblemstillingar til nettverkssamling", opened.version()));

		SubProject stored = subProjects.subProject(community.id(), project.id(), subProjectId);
		assertThat(stored.name()).isEqualTo("Langsiktig planlegging");
		assertThat(stored.leaderName()).isEqualTo("Ekstern leiar");
		assertThat(stored.deliverables()).containsExactly("Kapittel til samla rapport",
				"Problemstillingar til nettverkssamling");
		assertThat(stored.tasks()).extracting(Task::title).containsExactly("Kartlegge");
	}

	@Test
	void aStaleSubProjectEditIsRefusedAndTheStoredOneStays() {
		Community community = sognOgFjordane();
		Project project = projects.create(community, project("Delprosjekt " + unique()));
		long subProjectId = subProjects.addSubProject(community, project.id(), subProject("Analyse"));
		SubProject opened = subProjects.subProject(community.id(), project.id(), subProjectId);
		subProjects.updateSubProject(community, project.id(), subProjectId, new SaveSubProject("Analyse av kompetanse",
				"", null, null, "Kapittel til samla rapport", opened.version()));
		var stale = new SaveSubProject("Analyse", "Mi skildring", null, "Ekstern leiar", "Ein annan leveranse",
				opened.version());

		assertThatThrownBy(() -> subProjects.updateSubProject(community, project.id(), subProjectId, stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		SubProject stored = subProjects.subProject(community.id(), project.id(), subProjectId);
		assertThat(stored.name()).isEqualTo("Analyse av kompetanse");
		assertThat(stored.description()).isEmpty();
		assertThat(stored.deliverables()).containsExactly("Kapittel til samla rapport");
		assertThat(stale.fieldsChangedIn(stored))
			.containsExactlyInAnyOrder("name", "description", "leaderName", "deliverables");
	}

	@Test
	void aCoordinatorCannotChangeAProjectOfAnotherCommunity() {
		Community vestfold = communities.bySlug("vestfold");
		Project seed = projectNamed(sognOgFjordane(), SEED_PROJECT);
		assertThatThrownBy(() -> projects.create(vestfold, project("Framand " + unique())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> projects.addMilestone(vestfold, seed.id(),
				new AddMilestone("Framand milepæl", LocalDate.of(2026, 1, 1), null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aProjectOfOneCommunityIsNotFoundInAnother() {
		Community community = sognOgFjordane();
		Project project = projectNamed(community, SEED_PROJECT);

		assertThatThrownBy(() -> projects.get(communities.bySlug("vestfold").id(), project.id()))
			.isInstanceOf(no.samhald.platform.NotFoundException.class);
	}

	@Test
	void theApiListsProjectsAndGivesTheBudgetSplit() throws Exception {
		Community community = sognOgFjordane();
		long id = projectNamed(community, SEED_PROJECT).id();
		var http = HttpClient.newHttpClient();
		String base = "http://localhost:" + port + "/api/v1/communities/sogn-og-fjordane/projects";

		HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> detail = http.send(HttpRequest.newBuilder(URI.create(base + "/" + id)).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/999999")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(SEED_PROJECT, "\"steeringGroup\":\"Strategisk samarbeidsutval\"");
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("\"split\":[", "\"payer\":\"Helse Førde\",\"amountNok\":130000",
				"\"payer\":\"Kommunane\",\"amountNok\":170000", "\"total\":300000", "\"balanced\":true",
				"\"number\":\"1.1\"");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	private Community sognOgFjordane() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private Project projectNamed(Community community, String name) {
		return projects.all(community.id()).stream().map(ProjectSummary::project)
			.filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	private static SaveProject project(String name) {
		return new SaveProject(name, null, null, ProjectStatus.PLANNED, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), null, null, "Eit mål", null, 0);
	}

	/** The project as its editor opened it, with a new end date, mandate, goals and status. */
	private static SaveProject edit(ProjectPlan opened, LocalDate endDate, String mandate, String goals,
			ProjectStatus status) {
		Project p = opened.project();
		return new SaveProject(p.name(), p.background(), mandate == null ? p.mandate() : mandate,
				status == null ? p.status() : status, p.startDate(), endDate, p.steeringForumId(), p.economyPartnerId(),
				goals == null ? opened.goalsText() : goals, opened.subGoalsText(), p.version());
	}

	private static SaveSubProject subProject(String name) {
		return new SaveSubProject(name, null, null, null, "Kapittel til samla rapport", 0);
	}

	private static SaveTask task(String title, LocalDate due) {
		return new SaveTask(title, null, TaskStatus.NOT_STARTED, due, 0);
	}

	private static List<String> codes(InvalidInputException ex) {
		return ex.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
