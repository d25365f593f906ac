package no.samhald.network;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;
import no.samhald.platform.Text;

/**
 * A team as a coordinator saves it, with all its members: registered, or corrected over
 * {@code version} (the version they opened; a newer stored one means someone else saved first).
 */
public record SaveTeam(Long partnerId, String name, LocalDate startedOn, LocalDate endedOn, List<TeamMember> members,
		int version) {

	public SaveTeam {
		members = List.copyOf(members);
	}

	/** The members without the rows left empty, their texts stripped as they are stored. */
	public List<TeamMember> filledMembers() {
		return members.stream().filter(m -> !m.isBlank())
			.map(m -> new TeamMember(Text.strippedOrEmpty(m.name()), Text.strippedOrEmpty(m.role()),
					Text.strippedOrEmpty(m.email()), m.personId()))
			.toList();
	}

	/** The fields in which the stored team differs from this. */
	public List<String> fieldsChangedIn(Team stored) {
		return new ChangedFields().sameNamed(this, stored, "members")
			.compare("members", filledMembers(), stored.members())
			.list();
	}

}
