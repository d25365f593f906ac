package no.samhald.project;

/**
 * A seat in the project group: a person of the community ({@code personId}) or, for an
 * organisation such as the consultant, only a name. {@code name} is what to show either way.
 */
public record ProjectMember(long id, Long personId, String name, ProjectRole role, String organisation) {

	public boolean isExternal() {
		return personId == null;
	}

}
