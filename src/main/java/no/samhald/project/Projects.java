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

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.platform.Dates;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * The projects of a community: their plan, organisation, budget and timeline ({@link SubProjects}
 * has the sub-projects and tasks). Every method is scoped by the community's id; every change checks that the signed-in
 * person may coordinate the community and is audit-logged.
 */
@Service
public class Projects {

	private static final DateTimeFormatter DAY = Dates.DAY;

	private final ProjectRepository projects;

	private final ProjectParts parts;

	private final SubProjectRows subProjectRows;

	private final Forums forums;

	private final People people;

	private final Partners partners;

	private final AuditLog audit;

	private final Access access;

	private final ApplicationEventPublisher events;

	Projects(ProjectRepository projects, ProjectParts parts, SubProjectRows subProjectRows, Forums forums, People people,
			Partners partners, AuditLog audit, Access access, ApplicationEventPublisher events) {
		this.projects = projects;
		this.parts = parts;
		this.subProjectRows = subProjectRows;
		this.forums = forums;
		this.people = people;
		this.partners = partners;
		this.audit = audit;
		this.access = access;
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
				parts.members(id, personName), parts.budget(id, partnerName), subProjectRows.subProjects(id, personName),
				parts.milestones(id));
	}

	@Transactional
	public Project create(Community community, SaveProject project) {
		access.requireCoordinator(community.slug());
		check(community.id(), null, project);
		Project saved = projects.save(toProject(null, community.id(), project, "", 0));
		parts.replaceGoals(community.id(), saved.id(), project.goalList(), project.subGoalList());
		audit.record(community.slug(), "project.created", "project " + saved.id(), saved.name());
		events.publishEvent(new ProjectCreated(community.id(), saved.id(), saved.name()));
		return saved;
	}

	/**
	 * Saves the changes if nobody else saved the project since {@code project.version()};
	 * otherwise Spring's {@code OptimisticLockingFailureException} tells the caller to show what changed.
	 */
	@Transactional
	public Project update(Community community, long id, SaveProject project) {
		access.requireCoordinator(community.slug());
		ProjectPlan before = plan(community.id(), id);
		check(community.id(), id, project);
		Project saved = projects.save(toProject(id, community.id(), project, before.project().economyNote(),
				project.version()));
		parts.replaceGoals(community.id(), id, project.goalList(), project.subGoalList());
		audit.record(community.slug(), "project.updated", "project " + id,
				String.join(", ", project.fieldsChangedIn(before)));
		return saved;
	}

	/** Replaces the budget, guarded by the project's version like any other edit of the project. */
	@Transactional
	public void saveBudget(Community community, long id, SaveBudget budget) {
		access.requireCoordinator(community.slug());
		Project current = get(community.id(), id);
		var problems = new ArrayList<>(budget.problems());
		Map<Long, String> partnerNames = partners.all(community.id()).stream()
			.collect(Collectors.toMap(Partner::id, Partner::name));
		checkPartners(budget, partnerNames, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Budget saved = budget.toBudget(partnerNames);
		projects.save(current.withEconomyNote(ProjectParts.text(budget.economyNote()), budget.version()));
		parts.replaceBudget(community.id(), id, saved);
		audit.record(community.slug(), "project.budget.saved", "project " + id,
				"total " + saved.total() + ", split " + saved.sharedTotal());
	}

	/** Whether {@code personId} is one of the community's people. */
	boolean isPerson(long communityId, long personId) {
		return people.all(communityId).stream().anyMatch(p -> p.id().equals(personId));
	}

	private static void checkPartners(SaveBudget budget, Map<Long, String> partnerNames, List<FieldProblem> problems) {
		for (int i = 0; i < budget.shares().size(); i++) {
			Long partnerId = budget.shares().get(i).partnerId();
			if (partnerId != null && !partnerNames.containsKey(partnerId)) {
				problems.add(new FieldProblem("shares[" + i + "].partnerId", "validation.unknown"));
			}
		}
		for (int i = 0; i < budget.contributions().size(); i++) {
			Long partnerId = budget.contributions().get(i).partnerId();
			if (partnerId != null && !partnerNames.containsKey(partnerId)) {
				problems.add(new FieldProblem("contributions[" + i + "].partnerId", "validation.unknown"));
			}
		}
	}

	@Transactional
	public void addMember(Community community, long id, AddProjectMember member) {
		access.requireCoordinator(community.slug());
		get(community.id(), id);
		String external = Text.strippedOrNull(member.externalName());
		if (member.personId() == null && external == null) {
			throw new InvalidInputException("personId", "project.member.personOrName");
		}
		if (member.personId() != null && !isPerson(community.id(), member.personId())) {
			throw new InvalidInputException("personId", "validation.unknown");
		}
		if (member.role() == null) {
			throw new InvalidInputException("role", "validation.required");
		}
		parts.addMember(community.id(), id, member.personId(), member.personId() == null ? external : null,
				member.role(), ProjectParts.text(member.organisation()));
		audit.record(community.slug(), "project.member.added", "project " + id,
				(member.personId() == null ? external : "person " + member.personId()) + " as " + member.role());
	}

	@Transactional
	public void removeMember(Community community, long id, long memberId) {
		access.requireCoordinator(community.slug());
		get(community.id(), id);
		if (!parts.removeMember(id, memberId)) {
			throw new NotFoundException("project member", memberId);
		}
		audit.record(community.slug(), "project.member.removed", "project " + id, "member " + memberId);
	}

	@Transactional
	public void addMilestone(Community community, long id, AddMilestone milestone) {
		access.requireCoordinator(community.slug());
		get(community.id(), id);
		parts.addMilestone(community.id(), id, milestone);
		audit.record(community.slug(), "project.milestone.added", "project " + id,
				milestone.title() + " " + milestone.day());
	}

	private static Project toProject(Long id, long communityId, SaveProject d, String economyNote, int version) {
		return new Project(id, communityId, d.name().strip(), ProjectParts.text(d.background()),
				ProjectParts.text(d.mandate()), d.status(), d.startDate(), d.endDate(), d.steeringForumId(),
				d.economyPartnerId(), economyNote, version);
	}

	private void check(long communityId, Long id, SaveProject d) {
		var problems = new ArrayList<>(d.problems());
		if (Text.isBlank(d.name())) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else {
			projects.findByCommunityIdAndNameIgnoreCase(communityId, d.name().strip())
				.filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new FieldProblem("name", "project.name.taken")));
		}
		if (d.status() == null) {
			problems.add(new FieldProblem("status", "validation.required"));
		}
		if (d.steeringForumId() != null && !forumNames(communityId).containsKey(d.steeringForumId())) {
			problems.add(new FieldProblem("steeringForumId", "validation.unknown"));
		}
		if (d.economyPartnerId() != null
				&& partners.all(communityId).stream().noneMatch(p -> p.id().equals(d.economyPartnerId()))) {
			problems.add(new FieldProblem("economyPartnerId", "validation.unknown"));
		}
		if (id != null && d.endDate() != null && problems.stream().noneMatch(p -> "endDate".equals(p.field()))) {
			subProjectRows.latestTaskDue(id).filter(due -> due.isAfter(d.endDate()))
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
