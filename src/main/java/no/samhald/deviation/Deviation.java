package no.samhald.deviation;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.plan.PatientGroup;
import no.samhald.platform.Versioned;

/**
 * A reported samhandlingsavvik. It never holds patient identity; {@code reporterReference} is the
 * reporter's case number in their own system. {@code reportedBy} is the username of the reporter,
 * shown only to them and the coordinators.
 */
public record Deviation(@Id Long id, Long communityId, Long reportingPartnerId, String reportingPartnerType,
		Long receivingPartnerId, String receivingPartnerType, LocalDate eventDate, DeviationCategory category,
		PatientGroup patientGroup, String description, String consequence, String reporterReference,
		String reportedBy, LocalDate receivedOn, LocalDate answerDue, DeviationStatus status, String answer,
		String improvementMeasure, String answeredBy, LocalDate answeredOn, @Version int version)
		implements Versioned {

	/** Answers are due three weeks after receipt. */
	static final int ANSWER_WEEKS = 3;

	public boolean isOverdue(LocalDate today) {
		return status.awaitsAnswer() && today.isAfter(answerDue);
	}

	public boolean isClosed() {
		return status == DeviationStatus.CLOSED;
	}

	Deviation withStatus(DeviationStatus newStatus, int expectedVersion) {
		return new Deviation(id, communityId, reportingPartnerId, reportingPartnerType, receivingPartnerId,
				receivingPartnerType, eventDate, category, patientGroup, description, consequence, reporterReference,
				reportedBy, receivedOn, answerDue, newStatus, answer, improvementMeasure, answeredBy, answeredOn,
				expectedVersion);
	}

	Deviation withAnswer(String newAnswer, String measure, String by, LocalDate on, int expectedVersion) {
		return new Deviation(id, communityId, reportingPartnerId, reportingPartnerType, receivingPartnerId,
				receivingPartnerType, eventDate, category, patientGroup, description, consequence, reporterReference,
				reportedBy, receivedOn, answerDue, DeviationStatus.ANSWERED, newAnswer, measure, by, on,
				expectedVersion);
	}

}
