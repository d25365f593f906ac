package no.samhald.plan.web;

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
import no.samhald.plan.FocusAreaDetails;
import no.samhald.plan.PatientGroup;
import no.samhald.plan.PriorityGroupDetails;
import no.samhald.plan.Strategies;
import no.samhald.plan.Strategy;
import no.samhald.plan.StrategyDetails;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.NotFoundException;

/** Coordinators make and change strategies, their focus areas and their priority patient groups. */
@Controller
@RequestMapping("/{community}/plans/strategies")
class StrategyController {

	private final Strategies strategies;

	private final Access access;

	StrategyController(Strategies strategies, Access access) {
		this.strategies = strategies;
		this.access = access;
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return form(new StrategyDetails(), null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("strategy") StrategyDetails details, BindingResult result,
			Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			Strategy saved = strategies.create(community.id(), community.slug(), details);
			return redirectTo(community, saved.id());
		}, () -> form(details, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(StrategyDetails.of(strategies.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("strategy") StrategyDetails details,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			strategies.update(community.id(), community.slug(), id, details);
			return redirectTo(community, id);
		}, () -> form(details, id, model), conflict -> {
			Strategy stored = strategies.get(community.id(), id);
			model.addAttribute("conflict", details.fieldsChangedIn(stored));
			model.addAttribute("stored", stored);
			// The next save is a deliberate overwrite of what the person has now seen.
			details.setVersion(stored.version());
			return form(details, id, model);
		});
	}

	@GetMapping("/{id}/focus-areas/new")
	String newFocusArea(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return focusAreaForm(community, id, null, new FocusAreaDetails(), model);
	}

	@GetMapping("/{id}/focus-areas/{index}/edit")
	String editFocusArea(Community community, @PathVariable long id, @PathVariable int index, Model model) {
		access.requireCoordinator(community.slug());
		Strategy strategy = strategies.get(community.id(), id);
		if (index < 0 || index >= strategy.focusAreas().size()) {
			throw new NotFoundException("focus area", index);
		}
		return focusAreaForm(community, id, index, FocusAreaDetails.of(strategy.focusAreas().get(index)), model);
	}

	@PostMapping({ "/{id}/focus-areas", "/{id}/focus-areas/{index}" })
	String saveFocusArea(Community community, @PathVariable long id, @PathVariable(required = false) Integer index,
			@Valid @ModelAttribute("focusArea") FocusAreaDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			strategies.saveFocusArea(community.id(), community.slug(), id, index, details);
			return redirectTo(community, id);
		}, () -> focusAreaForm(community, id, index, details, model));
	}

	@GetMapping("/{id}/groups/new")
	String newGroup(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return groupForm(community, id, null, new PriorityGroupDetails(), model);
	}

	@GetMapping("/{id}/groups/{index}/edit")
	String editGroup(Community community, @PathVariable long id, @PathVariable int index, Model model) {
		access.requireCoordinator(community.slug());
		Strategy strategy = strategies.get(community.id(), id);
		if (index < 0 || index >= strategy.priorityGroups().size()) {
			throw new NotFoundException("priority group", index);
		}
		return groupForm(community, id, index, PriorityGroupDetails.of(strategy.priorityGroups().get(index)), model);
	}

	@PostMapping({ "/{id}/groups", "/{id}/groups/{index}" })
	String saveGroup(Community community, @PathVariable long id, @PathVariable(required = false) Integer index,
			@Valid @ModelAttribute("priorityGroup") PriorityGroupDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			strategies.savePriorityGroup(community.id(), community.slug(), id, index, details);
			return redirectTo(community, id);
		}, () -> groupForm(community, id, index, details, model));
	}

	private static String redirectTo(Community community, long id) {
		return "redirect:/" + community.slug() + "/plans/strategies/" + id + "?saved";
	}

	private String form(StrategyDetails details, Long id, Model model) {
		model.addAttribute("strategy", details);
		model.addAttribute("strategyId", id);
		return "plan/strategyForm";
	}

	private String focusAreaForm(Community community, long id, Integer index, FocusAreaDetails details, Model model) {
		model.addAttribute("owner", strategies.get(community.id(), id));
		model.addAttribute("index", index);
		model.addAttribute("focusArea", details);
		return "plan/focusAreaForm";
	}

	private String groupForm(Community community, long id, Integer index, PriorityGroupDetails details, Model model) {
		model.addAttribute("owner", strategies.get(community.id(), id));
		model.addAttribute("index", index);
		model.addAttribute("priorityGroup", details);
		model.addAttribute("groups", PatientGroup.values());
		return "plan/priorityGroupForm";
	}

}
