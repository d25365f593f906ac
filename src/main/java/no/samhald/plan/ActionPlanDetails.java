package no.samhald.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a coordinator types to make an action plan; with a predecessor, its open measures come along. */
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

}
