package no.samhald.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.samhald.platform.ChangedFields;

/**
 * A round as a coordinator opens or corrects it, over {@code version}. {@code questions} in order;
 * {@code file} only when a (new) file is uploaded.
 */
public record SaveConsultation(String title, String description, DocumentKind documentKind, Long actionPlanId,
		Long agreementVersionId, UploadedFile file, List<String> questions, List<Long> partnerIds, List<Long> forumIds,
		LocalDate deadline, boolean publicRound, Long decidingCaseId, int version) {

	/** A file as uploaded: its name and content. */
	public record UploadedFile(String filename, byte[] content) {
	}

	/** The fields in which the stored round differs from this. */
	public List<String> fieldsChangedIn(Consultation stored) {
		return new ChangedFields().compare("title", title, stored.title())
			.compare("description", description, stored.description())
			.compare("documentKind", documentKind, stored.documentKind())
			.compare("actionPlanId", actionPlanId, stored.actionPlanId())
			.compare("agreementVersionId", agreementVersionId, stored.agreementVersionId())
			.compare("questions", questions, stored.questions().stream().map(Question::text).toList())
			.compare("partnerIds", Set.copyOf(partnerIds), Set.copyOf(Consultations.ids(stored, RespondentKind.PARTNER)))
			.compare("forumIds", Set.copyOf(forumIds), Set.copyOf(Consultations.ids(stored, RespondentKind.FORUM)))
			.compare("deadline", deadline, stored.deadline())
			.compare("publicRound", publicRound, stored.publicRound())
			.compare("decidingCaseId", decidingCaseId, stored.decidingCaseId())
			.list();
	}

}
