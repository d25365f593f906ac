package no.samhald.project.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.project.AddProjectMember;
import no.samhald.project.ProjectRole;

/** What a coordinator types to give someone — a person, or an organisation by name — a seat in the project group. */
class ProjectMemberForm {

	Long personId;

	@Size(max = 200)
	String externalName;

	@NotNull
	ProjectRole role = ProjectRole.MEMBER;

	@Size(max = 200)
	String organisation;

	AddProjectMember toCommand() {
		return new AddProjectMember(personId, externalName, role, organisation);
	}

}
