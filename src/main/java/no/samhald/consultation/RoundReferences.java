package no.samhald.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.Agreements;
import no.samhald.community.Community;
import no.samhald.meeting.Cases;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/**
 * Checks what a round refers to and says: the document (a plan or agreement version of this
 * community, or an acceptable file), the partners and forums asked (of this community), the deciding
 * case, a deadline not already past when the round opens, and no identity number in its texts.
 */
@Component
record RoundReferences(Partners partners, Forums forums, ActionPlans plans, Agreements agreements, Cases cases,
		ConsultationFiles files, Clock clock) {

	void check(Community community, SaveConsultation d, boolean opening) {
		IdentityNumbers.refuseIn("title", d.title());
		IdentityNumbers.refuseIn("description", d.description());
		IdentityNumbers.refuseIn("questions", String.join("\n", d.questions()));
		var problems = new ArrayList<FieldProblem>();
		if (d.questions().isEmpty()) {
			problems.add(new FieldProblem("questions", "consultation.questions.none"));
		}
		List<Long> partnerIds = Objects.requireNonNullElse(d.partnerIds(), List.of());
		List<Long> forumIds = Objects.requireNonNullElse(d.forumIds(), List.of());
		if (partnerIds.isEmpty() && forumIds.isEmpty()) {
			problems.add(new FieldProblem("partnerIds", "consultation.respondents.none"));
		}
		List<Long> knownPartners = partners.all(community.id()).stream().map(Partner::id).toList();
		List<Long> knownForums = forums.all(community.id()).stream().map(Forum::id).toList();
		if (!knownPartners.containsAll(partnerIds)) {
			problems.add(new FieldProblem("partnerIds", "validation.unknown"));
		}
		if (!knownForums.containsAll(forumIds)) {
			problems.add(new FieldProblem("forumIds", "validation.unknown"));
		}
		if (opening && d.deadline() != null && d.deadline().isBefore(LocalDate.now(clock))) {
			problems.add(new FieldProblem("deadline", "consultation.deadline.past"));
		}
		checkDocument(community, d, problems);
		if (d.decidingCaseId() != null && !caseExists(community, d.decidingCaseId())) {
			problems.add(new FieldProblem("decidingCaseId", "validation.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (d.file() != null) {
			files.check(d.file());
		}
	}

	/** The agreement that has this version, among the community's agreements. */
	Long agreementOf(long communityId, Long versionId) {
		if (versionId == null) {
			return null;
		}
		return agreements.all(communityId).stream().map(Agreement::id)
			.filter(a -> agreements.versions(communityId, a).stream().anyMatch(v -> v.id().equals(versionId)))
			.findFirst().orElse(null);
	}

	private void checkDocument(Community community, SaveConsultation d, List<FieldProblem> problems) {
		if (d.documentKind() == DocumentKind.ACTION_PLAN
				&& (d.actionPlanId() == null || plans.all(community.id()).stream().map(ActionPlan::id).noneMatch(d.actionPlanId()::equals))) {
			problems.add(new FieldProblem("actionPlanId", d.actionPlanId() == null ? "validation.required" : "validation.unknown"));
		}
		if (d.documentKind() == DocumentKind.AGREEMENT_VERSION && agreementOf(community.id(), d.agreementVersionId()) == null) {
			problems.add(new FieldProblem("agreementVersionId",
					d.agreementVersionId() == null ? "validation.required" : "validation.unknown"));
		}
	}

	private boolean caseExists(Community community, long caseId) {
		try {
			cases.get(community, caseId);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

}
