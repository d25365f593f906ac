package no.samhald.project;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.Dates;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The sub-projects of a project and their tasks. Scoped by the community as {@link Projects}; every
 * change checks that the signed-in person may coordinate the community and is audit-logged; a
 * task that changes status is published as {@link TaskStatusChanged}.
 */
@Service
public class SubProjects {

	private final Projects projects;

	private final SubProjectRows rows;

	private final AuditLog audit;

	private final Access access;

	private final ApplicationEventPublisher events;

	SubProjects(Projects projects, SubProjectRows rows, AuditLog audit, Access access,
			ApplicationEventPublisher events) {
		this.projects = projects;
		this.rows = rows;
		this.audit = audit;
		this.access = access;
		this.events = events;
	}

	@Transactional
	public long addSubProject(Community community, long id, SaveSubProject subProject) {
		access.requireCoordinator(community.slug());
		projects.get(community.id(), id);
		checkLeader(community.id(), subProject);
		long subProjectId = rows.addSubProject(community.id(), id, subProject);
		audit.record(community.slug(), "project.subProject.added", "project " + id, subProject.name());
		return subProjectId;
	}

	public SubProject subProject(long communityId, long id, long subProjectId) {
		return projects.plan(communityId, id).subProjects().stream().filter(s -> s.id() == subProjectId).findFirst()
			.orElseThrow(() -> new NotFoundException("sub-project", subProjectId));
	}

	/**
	 * Changes name, leader, description and deliverables unless someone else saved the sub-project
	 * since {@code subProject.version()} (then OptimisticLockingFailureException); the tasks stay as they are.
	 */
	@Transactional
	public void updateSubProject(Community community, long id, long subProjectId, SaveSubProject subProject) {
		access.requireCoordinator(community.slug());
		SubProject before = subProject(community.id(), id, subProjectId);
		checkLeader(community.id(), subProject);
		if (!rows.updateSubProject(community.id(), subProjectId, subProject)) {
			throw new OptimisticLockingFailureException("sub-project " + subProjectId + " was changed by someone else");
		}
		audit.record(community.slug(), "project.subProject.updated", "project " + id,
				"sub-project " + subProjectId + ": " + String.join(", ", subProject.fieldsChangedIn(before)));
	}

	private void checkLeader(long communityId, SaveSubProject subProject) {
		if (subProject.leaderPersonId() != null && !projects.isPerson(communityId, subProject.leaderPersonId())) {
			throw new InvalidInputException("leaderPersonId", "validation.unknown");
		}
	}

	public Task task(long communityId, long id, long taskId) {
		projects.get(communityId, id);
		return rows.task(id, taskId).orElseThrow(() -> new NotFoundException("task", taskId));
	}

	@Transactional
	public long addTask(Community community, long id, long subProjectId, SaveTask task) {
		access.requireCoordinator(community.slug());
		Project project = projects.get(community.id(), id);
		if (!rows.hasSubProject(id, subProjectId)) {
			throw new NotFoundException("sub-project", subProjectId);
		}
		checkDue(project, task);
		long taskId = rows.addTask(community.id(), subProjectId, task);
		audit.record(community.slug(), "project.task.added", "project " + id, "task " + taskId + ": " + task.title());
		return taskId;
	}

	/** Saves the task unless someone changed it since {@code task.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public void updateTask(Community community, long id, long taskId, SaveTask task) {
		access.requireCoordinator(community.slug());
		Project project = projects.get(community.id(), id);
		Task before = task(community.id(), id, taskId);
		checkDue(project, task);
		if (!rows.updateTask(taskId, task)) {
			throw new OptimisticLockingFailureException("task " + taskId + " was changed by someone else");
		}
		audit.record(community.slug(), "project.task.updated", "project " + id, "task " + taskId + ": " + task.title());
		publishIfMoved(community.id(), id, before, task.status());
	}

	@Transactional
	public void changeTaskStatus(Community community, long id, long taskId, TaskStatus status) {
		access.requireCoordinator(community.slug());
		Task before = task(community.id(), id, taskId);
		rows.setTaskStatus(taskId, status);
		audit.record(community.slug(), "project.task.status", "project " + id,
				"task " + taskId + ": " + before.status() + " → " + status);
		publishIfMoved(community.id(), id, before, status);
	}

	private void publishIfMoved(long communityId, long id, Task before, TaskStatus status) {
		if (before.status() != status) {
			events.publishEvent(new TaskStatusChanged(communityId, id, before.id(), before.status(), status));
		}
	}

	private static void checkDue(Project project, SaveTask task) {
		if (project.endsBefore(task.dueDate())) {
			throw new InvalidInputException("dueDate", "project.task.dueAfterEnd", Dates.DAY.format(project.endDate()));
		}
	}

}
