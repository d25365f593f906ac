package no.samhald.network.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import no.samhald.network.TeamMember;
import no.samhald.platform.NoIdentityNumber;

/** One row of the team form's member list; a row left empty is no member. */
public class MemberRow {

	@Size(max = 200)
	@NoIdentityNumber
	private String name;

	@Size(max = 200)
	@NoIdentityNumber
	private String role;

	@Email
	@Size(max = 320)
	private String email;

	private Long personId;

	static MemberRow of(TeamMember m) {
		var row = new MemberRow();
		row.name = m.name();
		row.role = m.role();
		row.email = m.email();
		row.personId = m.personId();
		return row;
	}

	boolean isEmpty() {
		return toMember().isBlank();
	}

	TeamMember toMember() {
		return new TeamMember(name, role, email, personId);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getRole() { return role; }
	public void setRole(String role) { this.role = role; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public Long getPersonId() { return personId; }
	public void setPersonId(Long personId) { this.personId = personId; }

}
