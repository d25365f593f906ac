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
	private AgreementKind kind = AgreementKind.SUB_AGREEMENT;

	@Min(1)
	private Integer number;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 4000)
	private String summary;

	@NotNull
	private AgreementStatus status = AgreementStatus.IN_FORCE;

	private Long revisionForumId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewDue;

	private int version;

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

	public AgreementKind getKind() { return kind; }
	public void setKind(AgreementKind kind) { this.kind = kind; }
	public Integer getNumber() { return number; }
	public void setNumber(Integer number) { this.number = number; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public AgreementStatus getStatus() { return status; }
	public void setStatus(AgreementStatus status) { this.status = status; }
	public Long getRevisionForumId() { return revisionForumId; }
	public void setRevisionForumId(Long revisionForumId) { this.revisionForumId = revisionForumId; }
	public LocalDate getReviewDue() { return reviewDue; }
	public void setReviewDue(LocalDate reviewDue) { this.reviewDue = reviewDue; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
