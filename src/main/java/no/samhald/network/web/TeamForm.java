package no.samhald.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.network.SaveTeam;
import no.samhald.network.Team;
import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;

/**
 * What a coordinator types to register or correct a team, its members as rows; a few empty rows
 * are added for new members; the service skips the rows left empty.
 */
class TeamForm implements EditForm<Team> {

	/** Empty rows offered for new members beside the stored ones. */
	static final int EMPTY_ROWS = 3;

	@NotNull
	Long partnerId;

	@NotBlank
	@Size(max = 200)
	@NoIdentityNumber
	String name;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate endedOn;

	@Valid
	public List<MemberRow> members = new ArrayList<>();

	int version;

	static TeamForm empty(LocalDate today) {
		var form = new TeamForm();
		form.startedOn = today;
		return form.withEmptyRows();
	}

	static TeamForm of(Team team) {
		var form = new TeamForm();
		form.partnerId = team.partnerId();
		form.name = team.name();
		form.startedOn = team.startedOn();
		form.endedOn = team.endedOn();
		form.members = new ArrayList<>(team.members().stream().map(MemberRow::of).toList());
		form.version = team.version();
		return form.withEmptyRows();
	}

	/** The form as shown again: the rows typed, then room for more. */
	TeamForm withEmptyRows() {
		int filled = (int) members.stream().filter(r -> !r.isEmpty()).count();
		while (members.size() < filled + EMPTY_ROWS) {
			members.add(new MemberRow());
		}
		return this;
	}

	SaveTeam toCommand() {
		return new SaveTeam(partnerId, name, startedOn, endedOn, members.stream().map(MemberRow::toMember).toList(),
				version);
	}

	@Override
	public List<String> fieldsChangedIn(Team stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
