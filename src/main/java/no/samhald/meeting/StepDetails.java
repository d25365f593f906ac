package no.samhald.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import no.samhald.platform.NoIdentityNumber;

/** What a coordinator types for one step on a matter's anchoring trail. */
public class StepDetails {

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

}
