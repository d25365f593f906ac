package no.samhald.placement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.placement.PlacementRound;
import no.samhald.placement.SaveRound;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/** A round as the coordinator types it, with the version it was opened at. */
class RoundForm implements EditForm<PlacementRound> {

	String name;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate serviceStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate serviceEnd;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate offersDue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate wishesDue;

	List<Long> allocatorPersonIds = new ArrayList<>();

	int version;

	static RoundForm of(PlacementRound round, List<Long> allocators) {
		var form = new RoundForm();
		form.name = round.name();
		form.serviceStart = round.serviceStart();
		form.serviceEnd = round.serviceEnd();
		form.offersDue = round.offersDue();
		form.wishesDue = round.wishesDue();
		form.allocatorPersonIds = new ArrayList<>(allocators);
		form.version = round.version();
		return form;
	}

	SaveRound toCommand() {
		return new SaveRound(name, serviceStart, serviceEnd, offersDue, wishesDue, allocatorPersonIds, version);
	}

	@Override
	public List<String> fieldsChangedIn(PlacementRound stored) {
		return ChangedFields.between(toCommand(), stored, "allocatorPersonIds");
	}

}
