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

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
class ProjectRulesIntegrationTests {

	private static final String SEED_PROJECT = "Samhandlingsprosjekt Sogn og Fjordane helsefellesskap";

	@Autowired
	Communities communities;

	@Autowired
	Projects projects;

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
		ProjectDetails details = project("Baklengs " + unique());
		details.setStartDate(LocalDate.of(2026, 5, 1));
		details.setEndDate(LocalDate.of(2026, 4, 1));

		assertThatThrownBy(() -> projects.create(community.id(), community.slug(), details))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("endDate:project.endDate.beforeStart"));
	}

	@Test
	void aTaskCannotBeDueAfterTheProjectEndsAndTheProjectCannotEndBeforeItsTasks() {
		Community community = sognOgFjordane();
		Project project = projects.create(community.id(), community.slug(), project("Frister " + unique()));
		long subProject = projects.addSubProject(community.id(), community.slug(), project.id(), subProject("Delprosjekt"));
		TaskDetails late = task("For sein", LocalDate.of(2027, 1, 1));

		assertThatThrownBy(() -> projects.addTask(community.id(), community.slug(), project.id(), subProject, late))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("dueDate:project.task.dueAfterEnd"));

		projects.addTask(community.id(), community.slug(), project.id(), subProject, task("I tide", LocalDate.of(2026, 11, 1)));
		ProjectDetails shorter = ProjectDetails.of(projects.plan(community.id(), project.id()));
		shorter.setEndDate(LocalDate.of(2026, 10, 1));
		assertThatThrownBy(() -> projects.update(community.id(), community.slug(), project.id(), shorter))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("endDate:project.endDate.beforeTasks"));
		assertThat(projects.get(community.id(), project.id()).endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void aBudgetWhoseSplitDoesNotAddUpIsNotSaved() {
		Community community = sognOgFjordane();
		Project project = projects.create(community.id(), community.slug(), project("Budsjett " + unique()));
		var budget = new BudgetDetails();
		budget.getCosts().add(new BudgetDetails.CostRow("Konsulent", "300000"));
		budget.getShares().add(new BudgetDetails.ShareRow(null, "Kommunane", "170000"));
		budget.setVersion(project.version());

		assertThatThrownBy(() -> projects.saveBudget(community.id(), community.slug(), project.id(), budget))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("shares:project.budget.split.unequal"));
		assertThat(projects.plan(community.id(), project.id()).budget().isEmpty()).isTrue();

		budget.getShares().add(new BudgetDetails.ShareRow(null, "Helseføretaket", "130000"));
		projects.saveBudget(community.id(), community.slug(), project.id(), budget);
		assertThat(projects.plan(community.id(), project.id()).budget().sharedTotal()).isEqualTo(300_000);
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndNamesWhatChanged() {
		Community community = sognOgFjordane();
		Project project = projects.create(community.id(), community.slug(), project("Samtidig " + unique()));
		ProjectDetails first = ProjectDetails.of(projects.plan(community.id(), project.id()));
		ProjectDetails second = ProjectDetails.of(projects.plan(community.id(), project.id()));
		first.setMandate("Endra av den første");
		first.setGoals("Nytt mål");
		projects.update(community.id(), community.slug(), project.id(), first);
		second.setStatus(ProjectStatus.ACTIVE);

		assertThatThrownBy(() -> projects.update(community.id(), community.slug(), project.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		ProjectPlan stored = projects.plan(community.id(), project.id());
		assertThat(stored.project().mandate()).isEqualTo("Endra av den første");
		assertThat(stored.goals()).extracting(Goal::text).containsExactly("Nytt mål");
		assertThat(second.fieldsChangedIn(stored)).containsExactlyInAnyOrder("mandate", "status", "goals");
	}

	@Test
	void aBudgetSavedOnAStaleVersionIsRefused() {
		Community community = sognOgFjordane();
		Project project = projects.create(community.id(), community.slug(), project("Gammal versjon " + unique()));
		ProjectDetails edit = ProjectDetails.of(projects.plan(community.id(), project.id()));
		edit.setMandate("Nytt mandat");
		projects.update(community.id(), community.slug(), project.id(), edit);
		var budget = new BudgetDetails();
		budget.getCosts().add(new BudgetDetails.CostRow("Konsulent", "1000"));
		budget.setVersion(project.version());

		assertThatThrownBy(() -> projects.saveBudget(community.id(), community.slug(), project.id(), budget))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void aTaskMovesToAnotherStatusAndAStaleTaskEditIsRefused() {
		Community community = sognOgFjordane();
		Project project = projects.create(community.id(), community.slug(), project("Status " + unique()));
		long subProject = projects.addSubProject(community.id(), community.slug(), project.id(), subProject("Analyse"));
		long taskId = projects.addTask(community.id(), community.slug(), project.id(), subProject, task("Kartlegge", null));
		TaskDetails stale = TaskDetails.of(projects.task(community.id(), project.id(), taskId));

		projects.changeTaskStatus(community.id(), community.slug(), project.id(), taskId, TaskStatus.DONE);

		assertThat(projects.task(community.id(), project.id(), taskId).status()).isEqualTo(TaskStatus.DONE);
		stale.setTitle("Kartlegge alt");
		assertThatThrownBy(() -> projects.updateTask(community.id(), community.slug(), project.id(), taskId, stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void aSubProjectIsRenamedAndGetsNewDeliverablesWhileItsTasksStay() {
		Community community = sognOgFjordane();
		Project project = projects.create(community.id(), community.slug(), project("Delprosjekt " + unique()));
		long subProjectId = projects.addSubProject(community.id(), community.slug(), project.id(), subProject("Analyse"));
		projects.addTask(community.id(), community.slug(), project.id(), subProjectId, task("Kartlegge", null));
		SubProjectDetails edit = SubProjectDetails.of(projects.subProject(community.id(), project.id(), subProjectId));
		edit.setName("Langsiktig planlegging");
		edit.setLeaderName("Ekstern leiar");
		edit.setDeliverables("Kapittel til samla rapport\nProblemstillingar til nettverkssamling");

		projects.updateSubProject(community.id(), community.slug(), project.id(), subProjectId, edit);

		SubProject stored = projects.subProject(community.id(), project.id(), subProjectId);
		assertThat(stored.name()).isEqualTo("Langsiktig planlegging");
		assertThat(stored.leaderName()).isEqualTo("Ekstern leiar");
		assertThat(stored.deliverables()).containsExactly("Kapittel til samla rapport",
				"Problemstillingar til nettverkssamling");
		assertThat(stored.tasks()).extracting(Task::title).containsExactly("Kartlegge");
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

	private static ProjectDetails project(String name) {
		var details = new ProjectDetails();
		details.setName(name);
		details.setStatus(ProjectStatus.PLANNED);
		details.setStartDate(LocalDate.of(2026, 1, 1));
		details.setEndDate(LocalDate.of(2026, 12, 31));
		details.setGoals("Eit mål");
		return details;
	}

	private static SubProjectDetails subProject(String name) {
		var details = new SubProjectDetails();
		details.setName(name);
		details.setDeliverables("Kapittel til samla rapport");
		return details;
	}

	private static TaskDetails task(String title, LocalDate due) {
		var details = new TaskDetails();
		details.setTitle(title);
		details.setDueDate(due);
		return details;
	}

	private static List<String> codes(InvalidInputException ex) {
		return ex.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
