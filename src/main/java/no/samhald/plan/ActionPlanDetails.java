package no.samhald.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.platform.ChangedFields;

/**
 * What a coordinator types to make or change an action plan; on making it from a predecessor, the
 * predecessor's open measures come along. The predecessor cannot be changed afterwards.
 */
public class ActionPlanDetails {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private Long strategyId;

	private Long forumId;

	private Long predecessorId;

	@Size(max = 4000)
	private String summary;

	private int version;

	public static ActionPlanDetails of(ActionPlan plan) {
		var details = new ActionPlanDetails();
		details.title = plan.title();
		details.startDate = plan.startDate();
		details.endDate = plan.endDate();
		details.strategyId = plan.strategyId();
		details.forumId = plan.forumId();
		details.predecessorId = plan.predecessorId();
		details.summary = plan.summary();
		details.version = plan.version();
		return details;
	}

	/** The fields in which the stored plan differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(ActionPlan stored) {
		return new ChangedFields().compare("title", title, stored.title())
			.compare("startDate", startDate, stored.startDate())
			.compare("endDate", endDate, stored.endDate())
			.compare("strategyId", strategyId, stored.strategyId())
			.compare("forumId", forumId, stored.forumId())
			.compare("summary", summary, stored.summary())
			.list();
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public Long getStrategyId() { return strategyId; }
	public void setStrategyId(Long strategyId) { this.strategyId = strategyId; }
	public Long getForumId() { return forumId; }
	public void setForumId(Long forumId) { this.forumId = forumId; }
	public Long getPredecessorId() { return predecessorId; }
	public void setPredecessorId(Long predecessorId) { this.predecessorId = predecessorId; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
