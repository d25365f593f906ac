package no.samhald.placement.web;

import java.util.List;

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
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/**
 * The rounds: public with the number of places per municipality; the coordinator opens and
 * changes them; a round's page leads allocators to its doctors and allocation and municipalities'
 * contacts to their offers.
 */
@Controller
@RequestMapping("/{community}/placement-rounds")
record PlacementRoundController(PlacementRounds rounds, Access access) {

	private static final String FORM = "placement/roundForm";

	@GetMapping
	String list(Community community, Model model) {
		List<PlacementRound> all = rounds.all(community.id());
		model.addAttribute("rounds", all);
		model.addAttribute("seats", all.stream()
			.collect(java.util.stream.Collectors.toMap(PlacementRound::id,
					r -> rounds.seatsPerMunicipality(community.id(), r).values().stream().mapToInt(Integer::intValue).sum())));
		model.addAttribute("coordinator", access.canCoordinate(community.slug()));
		return "placement/rounds";
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, new RoundForm(), null, model);
	}

	@PostMapping
	String create(Community community, @ModelAttribute("round") RoundForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			PlacementRound saved = rounds.create(community, form.toCommand());
			return community.redirectTo("/placement-rounds/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{round}")
	String detail(Community community, @PathVariable long round, Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		boolean allocator = rounds.isAllocator(community, r);
		model.addAttribute("round", r);
		model.addAttribute("seats", rounds.seatsPerMunicipality(community.id(), r));
		model.addAttribute("allocator", allocator);
		model.addAttribute("coordinator", access.canCoordinate(community.slug()));
		model.addAttribute("actedFor", rounds.municipalitiesActedFor(community));
		model.addAttribute("offers", allocator ? rounds.offers(r) : List.of());
		model.addAttribute("partnerNames", rounds.partnerNames(community.id()));
		model.addAttribute("allocators", allocator ? rounds.allocatorsOf(community, r) : List.of());
		return "placement/round";
	}

	@GetMapping("/{round}/edit")
	String edit(Community community, @PathVariable long round, Model model) {
		access.requireCoordinator(community.slug());
		PlacementRound r = rounds.get(community.id(), round);
		return form(community, RoundForm.of(r, rounds.allocatorIds(r)), r, model);
	}

	@PostMapping("/{round}")
	String update(Community community, @PathVariable long round, @ModelAttribute("round") RoundForm form,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		PlacementRound stored = rounds.get(community.id(), round);
		return FormSubmission.update(result, model, form, () -> rounds.get(community.id(), round), () -> {
			rounds.update(community, round, form.toCommand());
			return community.redirectTo("/placement-rounds/" + round + "?saved");
		}, () -> form(community, form, stored, model));
	}

	private String form(Community community, RoundForm form, PlacementRound stored, Model model) {
		model.addAttribute("round", form);
		model.addAttribute("stored", stored);
		model.addAttribute("people", rounds.people(community.id()));
		return FORM;
	}

}
