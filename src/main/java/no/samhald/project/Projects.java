package no.samhald.project;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/**
 * The projects of a community: their plan, organisation, budget, sub-projects, tasks and
 * timeline. Every method is scoped by the community's id; every change is audit-logged.
 */
@Service
public class Projects {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final ProjectRepository projects;

	private final ProjectParts parts;

	private final Forums forums;

	private final People people;

	private final Partners partners;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	Projects(ProjectRepository projects, ProjectParts parts, Forums forums, People people, Partners partners,
			AuditLog audit, ApplicationEventPublisher events) {
		this.projects = projects;
		this.parts = parts;
		this.forums = forums;
		this.people = people;
		this.partners = partners;
		this.audit = audit;
		this.events = events;
	}

	public List<ProjectSummary> all(long communityId) {
		Map<Long, String> forumNames = forumNames(communityId);
		return projects.findByCommunityIdOrderByStartDateDescNameAsc(communityId).stream()
			.map(p -> new ProjectSummary(p, p.steeringForumId() == null ? null : forumNames.get(p.steeringForumId())))
			.toList();
	}

	public Project get(long communityId, long id) {
		return projects.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("project", id));
	}

	/** The whole project with names resolved, as a page or the API shows it. */
	public ProjectPlan plan(long communityId, long id) {
		Project project = get(communityId, id);
		Function<Long, String> personName = names(people.all(communityId), Person::id, Person::name);
		Function<Long, String> partnerName = names(partners.all(communityId), Partner::id, Partner::name);
		String steering = project.steeringForumId() == null ? null : forumNames(communityId).get(project.steeringForumId());
		String economy = project.economyPartnerId() == null ? null : partnerName.apply(project.economyPartnerId());
		return new ProjectPlan(project, steering, economy, parts.goals(id, "GOAL"), parts.goals(id, "SUB_GOAL"),
				parts.members(id, personName), parts.budget(id, partnerName), parts.subProjects(id, personName),
				parts.milestones(id));
	}

	@Transactional
	public Project create(long communityId, String communitySlug, ProjectDetails details) {
		check(communityId, null, details);
		Project saved = projects.save(toProject(null, communityId, details, "", 0));
		parts.replaceGoals(communityId, saved.id(), details.goalList(), details.subGoalList());
		audit.record(communitySlug, "project.created", "project " + saved.id(), saved.name());
		events.publishEvent(new ProjectCreated(communityId, saved.id(), saved.name()));
		return saved;
	}

	/**
	 * Saves the changes if nobody else saved the project since {@code details.getVersion()};
	 * otherwise Spring's {@code OptimisticLockingFailureException} tells the caller to show what changed.
	 */
	@Transactional
	public Project update(long communityId, String communitySlug, long id, ProjectDetails details) {
		Project current = get(communityId, id);
		ProjectPlan before = plan(communityId, id);
		check(communityId, id, details);
		Project saved = projects.save(toProject(id, communityId, details, current.economyNote(), details.getVersion()));
		parts.replaceGoals(communityId, id, details.goalList(), details.subGoalList());
		audit.record(communitySlug, "project.updated", "project " + id, String.join(", ", details.fieldsChangedIn(before)));
		return saved;
	}

	/** Replaces the budget, guarded by the project's version like any other edit of the project. */
	@Transactional
	public void saveBudget(long communityId, String communitySlug, long id, BudgetDetails details) {
		Project current = get(communityId, id);
		var problems = new ArrayList<>(details.problems());
		Map<Long, String> partnerNames = partners.all(communityId).stream()
			.collect(Collectors.toMap(Partner::id, Partner::name));
		checkPartners(details, partnerNames, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Budget budget = details.toBudget(partnerNames);
		projects.save(current.withEconomyNote(ProjectDetails.strip(details.getEconomyNote()), details.getVersion()));
		parts.replaceBudget(communityId, id, budget);
		audit.record(communitySlug, "project.budget.saved", "project " + id,
				"total " + budget.total() + ", split " + budget.sharedTotal());
	}

	private static void checkPartners(BudgetDetails details, Map<Long, String> partnerNames, List<FieldProblem> problems) {
		for (int i = 0; i < details.getShares().size(); i++) {
			Long partnerId = details.getShares().get(i).getPartnerId();
			if (partnerId != null && !partnerNames.containsKey(partnerId)) {
				problems.add(new FieldProblem("shares[" + i + "].partnerId", "validation.unknown"));
			}
		}
		for (int i = 0; i < details.getContributions().size(); i++) {
			Long partnerId = details.getContributions().get(i).getPartnerId();
			if (partnerId != null && !partnerNames.containsKey(partnerId)) {
				problems.add(new FieldProblem("contributions[" + i + "].partnerId", "validation.unknown"));
			}
		}
	}

	@Transactional
	public void addMember(long communityId, String communitySlug, long id, MemberDetails details) {
		get(communityId, id);
		String external = ProjectDetails.blankToNull(details.getExternalName());
		if (details.getPersonId() == null && external == null) {
			throw new InvalidInputException("personId", "project.member.personOrName");
		}
		if (details.getPersonId() != null && people.all(communityId).stream().noneMatch(p -> p.id().equals(details.getPersonId()))) {
			throw new InvalidInputException("personId", "validation.unknown");
		}
		parts.addMember(communityId, id, details.getPersonId(), details.getPersonId() == null ? external : null,
				details.getRole(), ProjectDetails.strip(details.getOrganisation()));
		audit.record(communitySlug, "project.member.added", "project " + id,
				(details.getPersonId() == null ? external : "person " + details.getPersonId()) + " as " + details.getRole());
	}

	@Transactional
	public void removeMember(long communityId, String communitySlug, long id, long memberId) {
		get(communityId, id);
		if (!parts.removeMember(id, memberId)) {
			throw new NotFoundException("project member", memberId);
		}
		audit.record(communitySlug, "project.member.removed", "project " + id, "member " + memberId);
	}

	@Transactional
	public long addSubProject(long communityId, String communitySlug, long id, SubProjectDetails details) {
		get(communityId, id);
		checkLeader(communityId, details);
		long subProjectId = parts.addSubProject(communityId, id, details);
		audit.record(communitySlug, "project.subProject.added", "project " + id, details.getName());
		return subProjectId;
	}

	public SubProject subProject(long communityId, long id, long subProjectId) {
		return plan(communityId, id).subProjects().stream().filter(s -> s.id() == subProjectId).findFirst()
			.orElseThrow(() -> new NotFoundException("sub-project", subProjectId));
	}

	/** Changes name, leader, description and deliverables; the tasks stay as they are. */
	@Transactional
	public void updateSubProject(long communityId, String communitySlug, long id, long subProjectId,
			SubProjectDetails details) {
		get(communityId, id);
		if (!parts.hasSubProject(id, subProjectId)) {
			throw new NotFoundException("sub-project", subProjectId);
		}
		checkLeader(communityId, details);
		parts.updateSubProject(communityId, subProjectId, details);
		audit.record(communitySlug, "project.subProject.updated", "project " + id,
				"sub-project " + subProjectId + ": " + details.getName());
	}

	private void checkLeader(long communityId, SubProjectDetails details) {
		if (details.getLeaderPersonId() != null
				&& people.all(communityId).stream().noneMatch(p -> p.id().equals(details.getLeaderPersonId()))) {
			throw new InvalidInputException("leaderPersonId", "validation.unknown");
		}
	}

	public Task task(long communityId, long id, long taskId) {
		get(communityId, id);
		return parts.task(id, taskId).orElseThrow(() -> new NotFoundException("task", taskId));
	}

	@Transactional
	public long addTask(long communityId, String communitySlug, long id, long subProjectId, TaskDetails details) {
		Project project = get(communityId, id);
		if (!parts.hasSubProject(id, subProjectId)) {
			throw new NotFoundException("sub-project", subProjectId);
		}
		checkDue(project, details);
		long taskId = parts.addTask(communityId, subProjectId, details);
		audit.record(communitySlug, "project.task.added", "project " + id, "task " + taskId + ": " + details.getTitle());
		return taskId;
	}

	/** Saves the task unless someone changed it since {@code details.getVersion()} (then OptimisticLockingFailureException). */
	@Transactional
	public void updateTask(long communityId, String communitySlug, long id, long taskId, TaskDetails details) {
		Project project = get(communityId, id);
		Task before = task(communityId, id, taskId);
		checkDue(project, details);
		if (!parts.updateTask(taskId, details)) {
			throw new OptimisticLockingFailureException("task " + taskId + " was changed by someone else");
		}
		audit.record(communitySlug, "project.task.updated", "project " + id, "task " + taskId + ": " + details.getTitle());
		publishIfMoved(communityId, id, before, details.getStatus());
	}

	@Transactional
	public void changeTaskStatus(long communityId, String communitySlug, long id, long taskId, TaskStatus status) {
		Task before = task(communityId, id, taskId);
		parts.setTaskStatus(taskId, status);
		audit.record(communitySlug, "project.task.status", "project " + id,
				"task " + taskId + ": " + before.status() + " → " + status);
		publishIfMoved(communityId, id, before, status);
	}

	private void publishIfMoved(long communityId, long id, Task before, TaskStatus status) {
		if (before.status() != status) {
			events.publishEvent(new TaskStatusChanged(communityId, id, before.id(), before.status(), status));
		}
	}

	@Transactional
	public void addMilestone(long communityId, String communitySlug, long id, MilestoneDetails details) {
		get(communityId, id);
		parts.addMilestone(communityId, id, details);
		audit.record(communitySlug, "project.milestone.added", "project " + id, details.getTitle() + " " + details.getDay());
	}

	private static void checkDue(Project project, TaskDetails details) {
		if (project.endsBefore(details.getDueDate())) {
			throw new InvalidInputException("dueDate", "project.task.dueAfterEnd", DAY.format(project.endDate()));
		}
	}

	private Project toProject(Long id, long communityId, ProjectDetails d, String economyNote, int version) {
		return new Project(id, communityId, d.getName().strip(), ProjectDetails.strip(d.getBackground()),
				ProjectDetails.strip(d.getMandate()), d.getStatus(), d.getStartDate(), d.getEndDate(),
				d.getSteeringForumId(), d.getEconomyPartnerId(), economyNote, version);
	}

	private void check(long communityId, Long id, ProjectDetails d) {
		var problems = new ArrayList<>(d.problems());
		if (d.getName() != null && !d.getName().isBlank()) {
			projects.findByCommunityIdAndNameIgnoreCase(communityId, d.getName().strip())
				.filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new FieldProblem("name", "project.name.taken")));
		}
		if (d.getSteeringForumId() != null && !forumNames(communityId).containsKey(d.getSteeringForumId())) {
			problems.add(new FieldProblem("steeringForumId", "validation.unknown"));
		}
		if (d.getEconomyPartnerId() != null
				&& partners.all(communityId).stream().noneMatch(p -> p.id().equals(d.getEconomyPartnerId()))) {
			problems.add(new FieldProblem("economyPartnerId", "validation.unknown"));
		}
		if (id != null && d.getEndDate() != null && problems.stream().noneMatch(p -> "endDate".equals(p.field()))) {
			parts.latestTaskDue(id).filter(due -> due.isAfter(d.getEndDate()))
				.ifPresent(due -> problems.add(new FieldProblem("endDate", "project.endDate.beforeTasks", DAY.format(due))));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Map<Long, String> forumNames(long communityId) {
		return forums.all(communityId).stream().collect(Collectors.toMap(Forum::id, Forum::name));
	}

	private static <T> Function<Long, String> names(List<T> items, Function<T, Long> id, Function<T, String> name) {
		Map<Long, String> byId = items.stream().collect(Collectors.toMap(id, name));
		return byId::get;
	}

}
