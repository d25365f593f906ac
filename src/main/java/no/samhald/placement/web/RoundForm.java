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

	private String name;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate serviceStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate serviceEnd;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate offersDue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate wishesDue;

	private List<Long> allocatorPersonIds = new ArrayList<>();

	private int version;

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

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public LocalDate getServiceStart() { return serviceStart; }
	public void setServiceStart(LocalDate serviceStart) { this.serviceStart = serviceStart; }
	public LocalDate getServiceEnd() { return serviceEnd; }
	public void setServiceEnd(LocalDate serviceEnd) { this.serviceEnd = serviceEnd; }
	public LocalDate getOffersDue() { return offersDue; }
	public void setOffersDue(LocalDate offersDue) { this.offersDue = offersDue; }
	public LocalDate getWishesDue() { return wishesDue; }
	public void setWishesDue(LocalDate wishesDue) { this.wishesDue = wishesDue; }
	public List<Long> getAllocatorPersonIds() { return allocatorPersonIds; }
	public void setAllocatorPersonIds(List<Long> allocatorPersonIds) { this.allocatorPersonIds = allocatorPersonIds; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
