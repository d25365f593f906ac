package no.samhald.funding.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.funding.Funding;
import no.samhald.funding.Grant;
import no.samhald.funding.GrantDetails;
import no.samhald.funding.UseDetails;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

@Controller
@RequestMapping("/{community}/funding")
class FundingController {

	private final Funding funding;

	private final Partners partners;

	private final Forums forums;

	private final Access access;

	private final Clock clock;

	FundingController(Funding funding, Partners partners, Forums forums, Access access, Clock clock) {
		this.funding = funding;
		this.partners = partners;
		this.forums = forums;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("accounts", funding.accounts(community.id()));
		return "funding/list";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		var use = new UseDetails();
		use.setSpentOn(LocalDate.now(clock));
		return detailPage(community, id, use, model);
	}

	@PostMapping("/{id}/uses")
	String spend(Community community, @PathVariable long id, @Valid @ModelAttribute("use") UseDetails details,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			funding.spend(community.id(), community.slug(), id, details);
			return "redirect:/" + community.slug() + "/funding/" + id + "?spent";
		}, () -> detailPage(community, id, details, model));
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		var details = new GrantDetails();
		details.setYear(LocalDate.now(clock).getYear());
		return form(community, details, model);
	}

	@PostMapping
	String register(Community community, @Valid @ModelAttribute("grant") GrantDetails details, BindingResult result,
			Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			Grant saved = funding.register(community.id(), community.slug(), details);
			return "redirect:/" + community.slug() + "/funding/" + saved.id() + "?saved";
		}, () -> form(community, details, model));
	}

	private String detailPage(Community community, long id, UseDetails use, Model model) {
		model.addAttribute("account", funding.account(community.id(), id));
		model.addAttribute("partners", partners.all(community.id()));
		model.addAttribute("forums", forums.all(community.id()));
		model.addAttribute("use", use);
		return "funding/detail";
	}

	private String form(Community community, GrantDetails details, Model model) {
		model.addAttribute("grant", details);
		model.addAttribute("partners", partners.all(community.id()));
		model.addAttribute("forums", forums.all(community.id()));
		return "funding/form";
	}

}
