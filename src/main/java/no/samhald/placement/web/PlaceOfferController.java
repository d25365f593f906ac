package no.samhald.placement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.placement.PlacementRound;
import no.samhald.placement.PlacementRounds;
import no.samhald.platform.FormSubmission;

/** A municipality's offers of places in a round, kept by its contact or a coordinator. */
@Controller
@RequestMapping("/{community}/placement-rounds/{round}/partners/{partner}/offers")
record PlaceOfferController(PlacementRounds rounds) {

	private static final String PAGE = "placement/offers";

	@GetMapping
	String offers(Community community, @PathVariable long round, @PathVariable long partner, Model model) {
		return page(community, rounds.get(community.id(), round), partner, new OfferForm(), null, model);
	}

	@PostMapping
	String add(Community community, @PathVariable long round, @PathVariable long partner,
			@ModelAttribute("offer") OfferForm form, BindingResult result, Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		return FormSubmission.save(result, () -> {
			rounds.offer(community, r, partner, form.toCommand());
			return community.redirectTo("/placement-rounds/" + round + "/partners/" + partner + "/offers?saved");
		}, () -> page(community, r, partner, form, null, model));
	}

	@GetMapping("/{offer}")
	String edit(Community community, @PathVariable long round, @PathVariable long partner, @PathVariable long offer,
			Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		return page(community, r, partner, OfferForm.of(rounds.offer(community, r, partner, offer)), offer, model);
	}

	@PostMapping("/{offer}")
	String update(Community community, @PathVariable long round, @PathVariable long partner, @PathVariable long offer,
			@ModelAttribute("offer") OfferForm form, BindingResult result, Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		return FormSubmission.update(result, model, form, () -> rounds.offer(community, r, partner, offer), () -> {
			rounds.update(community, r, partner, offer, form.toCommand());
			return community.redirectTo("/placement-rounds/" + round + "/partners/" + partner + "/offers?saved");
		}, () -> page(community, r, partner, form, offer, model));
	}

	private String page(Community community, PlacementRound round, long partner, OfferForm form, Long editing,
			Model model) {
		model.addAttribute("round", round);
		model.addAttribute("offers", rounds.offersOf(community, round, partner));
		model.addAttribute("partnerId", partner);
		model.addAttribute("partnerName", rounds.partnerNames(community.id()).get(partner));
		model.addAttribute("offer", form);
		model.addAttribute("editing", editing);
		return PAGE;
	}

}
