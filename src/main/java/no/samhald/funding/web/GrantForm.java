package no.samhald.funding.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import no.samhald.funding.Grant;
import no.samhald.funding.SaveGrant;
import no.samhald.platform.EditForm;

/** What a coordinator types to register or correct a grant. */
class GrantForm implements EditForm<Grant> {

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

	private int version;

	static GrantForm of(Grant grant) {
		var form = new GrantForm();
		form.title = grant.title();
		form.source = grant.source();
		form.recipientPartnerId = grant.recipientPartnerId();
		form.year = grant.year();
		form.amount = grant.amount();
		form.purpose = grant.purpose();
		form.reportingForumId = grant.reportingForumId();
		form.version = grant.version();
		return form;
	}

	SaveGrant toCommand() {
		return new SaveGrant(title, source, recipientPartnerId, year, amount, purpose, reportingForumId, version);
	}

	@Override
	public List<String> fieldsChangedIn(Grant stored) {
		return toCommand().fieldsChangedIn(stored);
	}

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
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
