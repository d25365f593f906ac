package no.samhald.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import no.samhald.platform.Versioned;

/**
 * A consultation round. {@code publicRound}: the public reads it and its submitted answers;
 * otherwise only members of the community see the round, and an answer only its respondent and the
 * coordinators. {@code closedOn}: the coordinator closed it, after which no answer is taken.
 */
public record Consultation(@Id Long id, Long communityId, String title, String description, DocumentKind documentKind,
		Long actionPlanId, Long agreementId, Long agreementVersionId, LocalDate deadline, boolean publicRound,
		Long decidingCaseId, String jointStatement, LocalDate openedOn, LocalDate closedOn, @Version int version,
		@MappedCollection(idColumn = "consultation_id", keyColumn = "position") List<Question> questions,
		@MappedCollection(idColumn = "consultation_id") Set<Respondent> respondents) implements Versioned {

	public boolean isClosed() {
		return closedOn != null;
	}

	/** Whether an answer submitted on {@code day} comes after the deadline. */
	public boolean isLate(LocalDate day) {
		return day.isAfter(deadline);
	}

	public boolean asks(Respondent respondent) {
		return respondents.contains(respondent);
	}

	Consultation withStatement(String statement, int seenVersion) {
		return new Consultation(id, communityId, title, description, documentKind, actionPlanId, agreementId,
				agreementVersionId, deadline, publicRound, decidingCaseId, statement, openedOn, closedOn, seenVersion,
				questions, respondents);
	}

	Consultation aboutFile() {
		return new Consultation(id, communityId, title, description, DocumentKind.FILE, null, null, null, deadline,
				publicRound, decidingCaseId, jointStatement, openedOn, closedOn, version, questions, respondents);
	}

	Consultation closed(LocalDate day) {
		return new Consultation(id, communityId, title, description, documentKind, actionPlanId, agreementId,
				agreementVersionId, deadline, publicRound, decidingCaseId, jointStatement, openedOn, day, version,
				questions, respondents);
	}

}
