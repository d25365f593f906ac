package no.samhald.consultation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.consultation.Consultation;
import no.samhald.consultation.DocumentKind;
import no.samhald.consultation.Question;
import no.samhald.consultation.Respondent;
import no.samhald.consultation.RespondentKind;
import no.samhald.consultation.SaveConsultation;
import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;

/**
 * What a coordinator types to open or correct a round; the questions one per line, in order. An
 * uploaded document comes apart, on the round's page.
 */
class ConsultationForm implements EditForm<Consultation> {

	@NotBlank
	@Size(max = 300)
	@NoIdentityNumber
	private String title;

	@Size(max = 4000)
	@NoIdentityNumber
	private String description;

	@NotNull
	private DocumentKind documentKind = DocumentKind.NONE;

	private Long actionPlanId;

	private Long agreementVersionId;

	@NotBlank
	@Size(max = 8000)
	@NoIdentityNumber
	private String questions;

	private List<Long> partnerIds = new ArrayList<>();

	private List<Long> forumIds = new ArrayList<>();

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	private boolean publicRound;

	private Long decidingCaseId;

	private int version;

	static ConsultationForm of(Consultation round) {
		var form = new ConsultationForm();
		form.title = round.title();
		form.description = round.description();
		form.documentKind = round.documentKind();
		form.actionPlanId = round.actionPlanId();
		form.agreementVersionId = round.agreementVersionId();
		form.questions = String.join("\n", round.questions().stream().map(Question::text).toList());
		form.partnerIds = ids(round, RespondentKind.PARTNER);
		form.forumIds = ids(round, RespondentKind.FORUM);
		form.deadline = round.deadline();
		form.publicRound = round.publicRound();
		form.decidingCaseId = round.decidingCaseId();
		form.version = round.version();
		return form;
	}

	SaveConsultation toCommand() {
		List<String> lines = questions == null ? List.of()
				: Arrays.stream(questions.split("\\R")).map(String::strip).filter(q -> !q.isEmpty()).toList();
		return new SaveConsultation(title, description, documentKind, actionPlanId, agreementVersionId, null, lines,
				partnerIds == null ? List.of() : partnerIds, forumIds == null ? List.of() : forumIds, deadline,
				publicRound, decidingCaseId, version);
	}

	@Override
	public List<String> fieldsChangedIn(Consultation stored) {
		return toCommand().fieldsChangedIn(stored);
	}

	private static List<Long> ids(Consultation round, RespondentKind kind) {
		return new ArrayList<>(round.respondents().stream().filter(r -> r.kind() == kind)
			.map(Respondent::respondentId).sorted().toList());
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public DocumentKind getDocumentKind() { return documentKind; }
	public void setDocumentKind(DocumentKind documentKind) { this.documentKind = documentKind; }
	public Long getActionPlanId() { return actionPlanId; }
	public void setActionPlanId(Long actionPlanId) { this.actionPlanId = actionPlanId; }
	public Long getAgreementVersionId() { return agreementVersionId; }
	public void setAgreementVersionId(Long agreementVersionId) { this.agreementVersionId = agreementVersionId; }
	public String getQuestions() { return questions; }
	public void setQuestions(String questions) { this.questions = questions; }
	public List<Long> getPartnerIds() { return partnerIds; }
	public void setPartnerIds(List<Long> partnerIds) { this.partnerIds = partnerIds; }
	public List<Long> getForumIds() { return forumIds; }
	public void setForumIds(List<Long> forumIds) { this.forumIds = forumIds; }
	public LocalDate getDeadline() { return deadline; }
	public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
	public boolean isPublicRound() { return publicRound; }
	public void setPublicRound(boolean publicRound) { this.publicRound = publicRound; }
	public Long getDecidingCaseId() { return decidingCaseId; }
	public void setDecidingCaseId(Long decidingCaseId) { this.decidingCaseId = decidingCaseId; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
