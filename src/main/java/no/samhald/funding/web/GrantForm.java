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
	String title;

	@Size(max = 300)
	String source;

	Long recipientPartnerId;

	@NotNull
	@Min(2000)
	@Max(2100)
	Integer year;

	@NotNull
	@Positive
	Long amount;

	@Size(max = 4000)
	String purpose;

	Long reportingForumId;

	int version;

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

}
