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
	private Long forumId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedDate;

	@NotNull
	private AnchoringOutcome outcome = AnchoringOutcome.PLANNED;

	@Size(max = 4000)
	@NoIdentityNumber
	private String summary;

	private Long caseId;

	private boolean deciding;

	private int version;

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

	public Long getForumId() { return forumId; }
	public void setForumId(Long forumId) { this.forumId = forumId; }
	public LocalDate getPlannedDate() { return plannedDate; }
	public void setPlannedDate(LocalDate plannedDate) { this.plannedDate = plannedDate; }
	public AnchoringOutcome getOutcome() { return outcome; }
	public void setOutcome(AnchoringOutcome outcome) { this.outcome = outcome; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public Long getCaseId() { return caseId; }
	public void setCaseId(Long caseId) { this.caseId = caseId; }
	public boolean isDeciding() { return deciding; }
	public void setDeciding(boolean deciding) { this.deciding = deciding; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
