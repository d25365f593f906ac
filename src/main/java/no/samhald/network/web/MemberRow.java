package no.samhald.network.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import no.samhald.network.TeamMember;
import no.samhald.platform.NoIdentityNumber;

/** One row of the team form's member list; a row left empty is no member. */
public class MemberRow {

	/** First, as on the page: the error summary follows the order of the fields here. */
	Long personId;

	@Size(max = 200)
	@NoIdentityNumber
	String name;

	@Size(max = 200)
	@NoIdentityNumber
	String role;

	@Email
	@Size(max = 320)
	String email;

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

}
