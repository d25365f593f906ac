package no.samhald.project;

/** A task of a sub-project moved to another status. */
public record TaskStatusChanged(long communityId, long projectId, long taskId, TaskStatus from, TaskStatus to) {
}
