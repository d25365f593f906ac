package no.samhald.consultation.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.samhald.agreement.Agreements;
import no.samhald.community.Community;
import no.samhald.consultation.Consultation;
import no.samhald.consultation.Consultations;
import no.samhald.consultation.DocumentKind;
import no.samhald.consultation.Respondent;
import no.samhald.consultation.RespondentKind;
import no.samhald.consultation.Response;
import no.samhald.consultation.Responses;
import no.samhald.meeting.Case;
import no.samhald.meeting.Cases;
import no.samhald.meeting.Matters;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.plan.ActionPlans;
import no.samhald.platform.NotFoundException;

/**
 * What the pages of a round show beside the round itself: the respondents by name with their
 * answers as the reader may see them, the document the round is about, and the deciding case with
 * its anchoring trail (where the reader may see that case).
 */
@Component
record ConsultationPages(Responses responses, Consultations consultations, Partners partners, Forums forums,
		ActionPlans plans, Agreements agreements, Cases cases, Matters matters, Meetings meetings) {

	/** A respondent with its name, its answers if the reader may see them, and whether the reader answers for it. */
	record RespondentView(Respondent respondent, String name, Response response, boolean mayAnswer) {

		public String path() {
			return (respondent.kind() == RespondentKind.PARTNER ? "/partners/" : "/forums/") + respondent.respondentId();
		}

		public boolean submitted() {
			return response != null && response.isSubmitted();
		}

	}

	/** The document the round is about, as a title and where to read it. */
	record DocumentLink(String title, String href) {
	}

	/** Every respondent of the round, partners then forums, each with the answers the reader may see. */
	List<RespondentView> respondents(Community community, Consultation round, List<Response> visible) {
		Map<Respondent, Response> byRespondent = visible.stream()
			.collect(Collectors.toMap(Response::respondent, Function.identity()));
		return round.respondents().stream()
			.map(r -> new RespondentView(r, name(community, r), byRespondent.get(r), responses.mayAnswerFor(community, r)))
			.sorted((a, b) -> a.respondent().kind() != b.respondent().kind()
					? a.respondent().kind().compareTo(b.respondent().kind()) : a.name().compareTo(b.name()))
			.toList();
	}

	String name(Community community, Respondent respondent) {
		return respondent.kind() == RespondentKind.PARTNER
				? partners.get(community.id(), respondent.respondentId()).name()
				: forums.get(community.id(), respondent.respondentId()).name();
	}

	Optional<DocumentLink> document(Community community, Consultation round) {
		String base = "/" + community.slug();
		return switch (round.documentKind()) {
			case NONE -> Optional.empty();
			case ACTION_PLAN -> Optional.of(new DocumentLink(plans.get(community.id(), round.actionPlanId()).title(),
					base + "/plans/" + round.actionPlanId()));
			case AGREEMENT_VERSION -> agreements.versions(community.id(), round.agreementId()).stream()
				.filter(v -> v.id().equals(round.agreementVersionId()))
				.findFirst()
				.map(v -> new DocumentLink(agreements.get(community.id(), round.agreementId()).title() + " (" + v.label() + ")",
						base + "/agreements/" + round.agreementId()));
			case FILE -> consultations.documentName(round)
				.map(name -> new DocumentLink(name, base + "/consultations/" + round.id() + "/document"));
		};
	}

	/** The round's document, deciding case and anchoring trail, as the detail and statement pages show them. */
	void addContext(Community community, Consultation round, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("document", document(community, round).orElse(null));
		Case deciding = decidingCase(community, round).orElse(null);
		model.addAttribute("decidingCase", deciding);
		if (deciding != null) {
			model.addAttribute("decidingCaseNumber", cases.caseNumber(community, deciding));
			model.addAttribute("matter", matters.of(community, deciding).orElse(null));
			model.addAttribute("forums", meetings.forumsById(community));
		}
	}

	/** Options for the round form: partners, forums, plans, agreement versions, cases. */
	void addOptions(Community community, Model model) {
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("partners", partners.all(community.id()).stream()
			.sorted((a, b) -> a.name().compareTo(b.name())).map(p -> new Option(p.id(), p.name())).toList());
		model.addAttribute("forumOptions", forums.all(community.id()).stream().map(f -> new Option(f.id(), f.name())).toList());
		model.addAttribute("plans", plans.all(community.id()).stream().map(p -> new Option(p.id(), p.title())).toList());
		model.addAttribute("agreementVersions", agreements.all(community.id()).stream()
			.flatMap(a -> agreements.versions(community.id(), a.id()).stream()
				.map(v -> new Option(v.id(), a.title() + " (" + v.label() + ")")))
			.toList());
		model.addAttribute("cases", cases.visible(community).stream()
			.map(c -> new Option(c.id(), cases.caseNumber(community, c) + " " + c.title())).toList());
	}

	private Optional<Case> decidingCase(Community community, Consultation round) {
		if (round.decidingCaseId() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(cases.get(community, round.decidingCaseId()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/** An id and the text to show for it, in a select or a list of checkboxes. */
	record Option(Long id, String name) {
	}

}
