package no.samhald.network.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.samhald.network.Gathering;
import no.samhald.network.RecordTeams;
import no.samhald.platform.EditForm;

/** The checklist of teams a coordinator ticks off after a gathering. */
class GatheringTeamsForm implements EditForm<Gathering> {

	Set<Long> teamIds = new LinkedHashSet<>();

	int version;

	static GatheringTeamsForm of(Gathering g) {
		var form = new GatheringTeamsForm();
		form.teamIds = new LinkedHashSet<>(g.teamIds());
		form.version = g.version();
		return form;
	}

	RecordTeams toCommand() {
		return new RecordTeams(teamIds == null ? Set.of() : teamIds, version);
	}

	@Override
	public List<String> fieldsChangedIn(Gathering stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
