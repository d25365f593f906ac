package no.samhald.project;

/** A seat in the project group: a person of the community, or an organisation by name. */
public record AddProjectMember(Long personId, String externalName, ProjectRole role, String organisation) {
}
