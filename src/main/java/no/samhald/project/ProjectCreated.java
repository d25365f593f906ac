package no.samhald.project;

/** A coordinator created a project. */
public record ProjectCreated(long communityId, long projectId, String name) {
}
