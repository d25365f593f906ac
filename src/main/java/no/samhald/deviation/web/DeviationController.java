package no.samhald.deviation.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.DeviationCategory;
import no.samhald.deviation.DeviationReader;
import no.samhald.deviation.Deviations;
import no.samhald.partnership.Partner;
import no.samhald.plan.PatientGroup;
import no.samhald.platform.Access;
import no.samhald.platform.ConflictException;
import no.samhald.platform.FormSubmission;

/**
 * The deviation pages: the list (inbox for coordinators, the partner's deviations for a partner
 * contact, "mine" for others), the report form and the detail with the answer, which the receiving
 * partner's contact or a coordinator gives.
 */
@Controller
@RequestMapping("/{community}/deviations")
record DeviationController(Deviations deviations, DeviationReader reader, Access access) {

	private static final String FORM = "deviation/form";

	private static final String DETAIL = "deviation/detail";

	@GetMapping
	String list(Community community, @RequestParam(required = false) Long receiver, Model model) {
		boolean member = access.isMemberOf(community.slug());
		boolean coordinator = access.canCoordinate(community.slug());
		// A partner contact (who is no coordinator) sees their partner's deviations and filters by their own partners.
		List<Partner> actedFor = member && !coordinator ? reader.partnersActedFor(community)
				: List.of();
		model.addAttribute("member", member);
		model.addAttribute("coordinator", coordinator);
		model.addAttribute("partnerContact", !actedFor.isEmpty());
		List<Deviation> visible = member ? reader.visible(community, receiver) : List.of();
		model.addAttribute("deviations", visible);
		model.addAttribute("overdueCount", visible.stream().filter(d -> d.isOverdue(deviations.today())).count());
		model.addAttribute("receiver", receiver);
		model.addAttribute("receivers", coordinator ? reader.reportablePartners(community.id()) : actedFor);
		model.addAttribute("partnerNames", reader.partnerNames(community.id()));
		model.addAttribute("today", deviations.today());
		return "deviation/list";
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		if (!access.isMemberOf(community.slug())) {
			// Only someone signed in to the community may report; the public is sent to sign in.
			throw new AccessDeniedException("Not signed in to " + community.slug());
		}
		return form(community, new DeviationReportForm(), model);
	}

	@PostMapping
	String create(Community community, @ModelAttribute("report") DeviationReportForm report, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Deviation saved = deviations.report(community, report.toCommand());
			return community.redirectTo("/deviations/" + saved.id() + "?reported");
		}, () -> form(community, report, model));
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		Deviation deviation = reader.get(community, id);
		return detail(community, deviation, DeviationAnswerForm.of(deviation), model);
	}

	@PostMapping("/{id}/answer")
	String answer(Community community, @PathVariable long id, @ModelAttribute("answerForm") DeviationAnswerForm answer,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, answer, () -> reader.get(community, id),
				() -> {
					try {
						deviations.answer(community, id, answer.toCommand());
						return community.redirectTo("/deviations/" + id + "?answered");
					}
					catch (ConflictException ex) {
						// Closed meanwhile: keep what was typed, in the form, and say why it cannot be saved.
						result.reject(ex.messageKey());
						model.addAttribute("keepAnswerForm", true);
						return showAnswer(community, id, answer, model);
					}
				}, () -> showAnswer(community, id, answer, model));
	}

	@PostMapping("/{id}/handling")
	String startHandling(Community community, @PathVariable long id, @RequestParam int version) {
		deviations.startHandling(community, id, version);
		return community.redirectTo("/deviations/" + id + "?saved");
	}

	@PostMapping("/{id}/close")
	String close(Community community, @PathVariable long id, @RequestParam int version) {
		deviations.close(community, id, version);
		return community.redirectTo("/deviations/" + id + "?closed");
	}

	@GetMapping("/statistics")
	String statistics(Community community, Model model) {
		model.addAttribute("statistics", deviations.statistics(community.id()));
		return "deviation/statistics";
	}

	private String form(Community community, DeviationReportForm report, Model model) {
		List<Partner> partners = reader.reportablePartners(community.id());
		model.addAttribute("report", report);
		model.addAttribute("municipalities", partners.stream().filter(Partner::isMunicipality).toList());
		model.addAttribute("specialists", partners.stream().filter(p -> !p.isMunicipality()).toList());
		model.addAttribute("categories", DeviationCategory.values());
		model.addAttribute("patientGroups", PatientGroup.nationalGroups());
		model.addAttribute("today", deviations.today());
		return FORM;
	}

	private String showAnswer(Community community, long id, DeviationAnswerForm answer, Model model) {
		return detail(community, reader.get(community, id), answer, model);
	}

	private String detail(Community community, Deviation deviation, DeviationAnswerForm answer, Model model) {
		model.addAttribute("deviation", deviation);
		model.addAttribute("answerForm", answer);
		model.addAttribute("partnerNames", reader.partnerNames(community.id()));
		model.addAttribute("coordinator", access.canCoordinate(community.slug()));
		model.addAttribute("today", deviations.today());
		return DETAIL;
	}

}
