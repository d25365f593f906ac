package no.samhald.project;

/** A project as listed: with the name of its steering group, if it has one. */
public record ProjectSummary(Project project, String steeringGroup) {
}
