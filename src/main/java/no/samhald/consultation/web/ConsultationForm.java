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
	String title;

	@Size(max = 4000)
	@NoIdentityNumber
	String description;

	@NotNull
	DocumentKind documentKind = DocumentKind.NONE;

	Long actionPlanId;

	Long agreementVersionId;

	@NotBlank
	@Size(max = 8000)
	@NoIdentityNumber
	String questions;

	List<Long> partnerIds = new ArrayList<>();

	List<Long> forumIds = new ArrayList<>();

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate deadline;

	boolean publicRound;

	Long decidingCaseId;

	int version;

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

}
