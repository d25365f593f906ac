package no.samhald.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What a coordinator types to register a grant. */
public class GrantDetails {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 300)
	private String source;

	private Long recipientPartnerId;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year;

	@NotNull
	@Positive
	private Long amount;

	@Size(max = 4000)
	private String purpose;

	private Long reportingForumId;

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSource() { return source; }
	public void setSource(String source) { this.source = source; }
	public Long getRecipientPartnerId() { return recipientPartnerId; }
	public void setRecipientPartnerId(Long recipientPartnerId) { this.recipientPartnerId = recipientPartnerId; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public Long getAmount() { return amount; }
	public void setAmount(Long amount) { this.amount = amount; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }
	public Long getReportingForumId() { return reportingForumId; }
	public void setReportingForumId(Long reportingForumId) { this.reportingForumId = reportingForumId; }

}
