package no.samhald.meeting.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.meeting.AnchoringOutcome;
import no.samhald.meeting.AnchoringStep;
import no.samhald.meeting.SaveStep;
import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;

/** What a coordinator types for one step on a matter's anchoring trail. */
class StepForm implements EditForm<AnchoringStep> {

	@NotNull
	Long forumId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate plannedDate;

	@NotNull
	AnchoringOutcome outcome = AnchoringOutcome.PLANNED;

	@Size(max = 4000)
	@NoIdentityNumber
	String summary;

	Long caseId;

	boolean deciding;

	int version;

	static StepForm of(AnchoringStep step) {
		var form = new StepForm();
		form.forumId = step.forumId();
		form.plannedDate = step.plannedDate();
		form.outcome = step.outcome();
		form.summary = step.summary();
		form.caseId = step.caseId();
		form.deciding = step.deciding();
		form.version = step.version();
		return form;
	}

	SaveStep toCommand() {
		return new SaveStep(forumId, plannedDate, outcome, summary, caseId, deciding, version);
	}

	@Override
	public List<String> fieldsChangedIn(AnchoringStep stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
