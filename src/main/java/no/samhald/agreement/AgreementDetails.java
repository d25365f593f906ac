package no.samhald.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.platform.ChangedFields;

/** What a coordinator types to register or change an agreement. */
public class AgreementDetails {

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

	public static AgreementDetails of(Agreement a) {
		var d = new AgreementDetails();
		d.kind = a.kind();
		d.number = a.number();
		d.title = a.title();
		d.summary = a.summary();
		d.status = a.status();
		d.revisionForumId = a.revisionForumId();
		d.reviewDue = a.reviewDue();
		d.version = a.version();
		return d;
	}

	/** The fields in which the stored agreement differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Agreement stored) {
		return new ChangedFields().compare("kind", kind, stored.kind())
			.compare("number", number, stored.number())
			.compare("title", title, stored.title())
			.compare("summary", summary, stored.summary())
			.compare("status", status, stored.status())
			.compare("revisionForumId", revisionForumId, stored.revisionForumId())
			.compare("reviewDue", reviewDue, stored.reviewDue())
			.list();
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
	public void setVersion(int version) { this.version = version; }

}
