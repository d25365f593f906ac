package no.samhald.project.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.project.AddProjectMember;
import no.samhald.project.ProjectRole;

/** What a coordinator types to give someone — a person, or an organisation by name — a seat in the project group. */
class ProjectMemberForm {

	private Long personId;

	@Size(max = 200)
	private String externalName;

	@NotNull
	private ProjectRole role = ProjectRole.MEMBER;

	@Size(max = 200)
	private String organisation;

	AddProjectMember toCommand() {
		return new AddProjectMember(personId, externalName, role, organisation);
	}

	public Long getPersonId() { return personId; }
	public void setPersonId(Long personId) { this.personId = personId; }
	public String getExternalName() { return externalName; }
	public void setExternalName(String externalName) { this.externalName = externalName; }
	public ProjectRole getRole() { return role; }
	public void setRole(ProjectRole role) { this.role = role; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }

}
