package no.samhald.network;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Text;

/** A member of a team: a name with a role and an e-mail, or a person of the partnership register. */
@Table("network_team_member")
public record TeamMember(String name, String role, String email, Long personId) {

	/** A row of a form left empty: no member. */
	public boolean isBlank() {
		return Text.isBlank(name) && Text.isBlank(role) && Text.isBlank(email) && personId == null;
	}
}
