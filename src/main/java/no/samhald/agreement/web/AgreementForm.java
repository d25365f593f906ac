package no.samhald.agreement.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementKind;
import no.samhald.agreement.AgreementStatus;
import no.samhald.agreement.SaveAgreement;
import no.samhald.platform.EditForm;

/** What a coordinator types to register or change an agreement. */
class AgreementForm implements EditForm<Agreement> {

	@NotNull
	AgreementKind kind = AgreementKind.SUB_AGREEMENT;

	@Min(1)
	Integer number;

	@NotBlank
	@Size(max = 300)
	String title;

	@Size(max = 4000)
	String summary;

	@NotNull
	AgreementStatus status = AgreementStatus.IN_FORCE;

	Long revisionForumId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate reviewDue;

	int version;

	static AgreementForm of(Agreement a) {
		var form = new AgreementForm();
		form.kind = a.kind();
		form.number = a.number();
		form.title = a.title();
		form.summary = a.summary();
		form.status = a.status();
		form.revisionForumId = a.revisionForumId();
		form.reviewDue = a.reviewDue();
		form.version = a.version();
		return form;
	}

	SaveAgreement toCommand() {
		return new SaveAgreement(kind, number, title, summary, status, revisionForumId, reviewDue, version);
	}

	@Override
	public List<String> fieldsChangedIn(Agreement stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
