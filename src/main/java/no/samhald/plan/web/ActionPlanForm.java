package no.samhald.plan.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.plan.ActionPlan;
import no.samhald.plan.SaveActionPlan;
import no.samhald.platform.EditForm;

/**
 * What a coordinator types to make or change an action plan; on making it from a predecessor, the
 * predecessor's open measures come along. The predecessor cannot be changed afterwards.
 */
class ActionPlanForm implements EditForm<ActionPlan> {

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

	static ActionPlanForm of(ActionPlan plan) {
		var form = new ActionPlanForm();
		form.title = plan.title();
		form.startDate = plan.startDate();
		form.endDate = plan.endDate();
		form.strategyId = plan.strategyId();
		form.forumId = plan.forumId();
		form.predecessorId = plan.predecessorId();
		form.summary = plan.summary();
		form.version = plan.version();
		return form;
	}

	SaveActionPlan toCommand() {
		return new SaveActionPlan(title, startDate, endDate, strategyId, forumId, predecessorId, summary, version);
	}

	@Override
	public List<String> fieldsChangedIn(ActionPlan stored) {
		return toCommand().fieldsChangedIn(stored);
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
	@Override
	public void setVersion(int version) { this.version = version; }

}
