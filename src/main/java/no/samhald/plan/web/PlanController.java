package no.samhald.plan.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.StatusCounts;
import no.samhald.plan.Measures;
import no.samhald.plan.PlanStatusCounts;
import no.samhald.plan.Strategies;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/** Strategies and action plans of a community: lists, details and the forms to make plans and areas. */
@Controller
@RequestMapping("/{community}/plans")
record PlanController(Strategies strategies, ActionPlans plans, Measures measures, PartnershipNames names,
		Access access, PlanStatusCounts statusCounts) {

	@GetMapping
	String list(Community community, Model model) {
		List<ActionPlan> all = plans.all(community.id());
		model.addAttribute("strategies", strategies.all(community.id()));
		model.addAttribute("plans", all);
		var counted = statusCounts.byPlan(community.id());
		model.addAttribute("counts", all.stream()
			.collect(Collectors.toMap(ActionPlan::id, p -> PlanStatusCounts.of(counted, p.id()))));
		model.addAttribute("forumNames", names.forums(community.id()));
		return "plan/plans";
	}

	@GetMapping("/strategies/{id}")
	String strategy(Community community, @PathVariable long id, Model model) {
		model.addAttribute("strategy", strategies.get(community.id(), id));
		model.addAttribute("plans", plans.ofStrategy(community.id(), id));
		return "plan/strategy";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		ActionPlan plan = plans.get(community.id(), id);
		List<Measure> ofPlan = measures.ofPlan(community.id(), id);
		Map<Long, List<Measure>> byArea = ofPlan.stream().collect(Collectors.groupingBy(Measure::areaId));
		StatusCounts counts = StatusCounts.counting(ofPlan);
		model.addAttribute("plan", plan);
		model.addAttribute("areas", plans.areas(community.id(), id));
		model.addAttribute("measuresByArea", byArea);
		model.addAttribute("counts", counts);
		model.addAttribute("forumNames", names.forums(community.id()));
		model.addAttribute("personNames", names.people(community.id(), ofPlan.stream().map(Measure::ownerId).toList()));
		model.addAttribute("strategy", plan.strategyId() == null ? null : strategies.get(community.id(), plan.strategyId()));
		model.addAttribute("predecessor", plan.predecessorId() == null ? null : plans.get(community.id(), plan.predecessorId()));
		model.addAttribute("successors", plans.successorsOf(community.id(), id));
		return "plan/plan";
	}

	@GetMapping("/new")
	String newForm(Community community, @RequestParam(required = false) Long from, Model model) {
		access.requireCoordinator(community.slug());
		var form = new ActionPlanForm();
		if (from != null) {
			ActionPlan predecessor = plans.get(community.id(), from);
			form.predecessorId = predecessor.id();
			form.strategyId = predecessor.strategyId();
			form.forumId = predecessor.forumId();
		}
		return form(community, form, null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("actionPlan") ActionPlanForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			ActionPlan saved = plans.create(community, form.toCommand());
			return community.redirectTo("/plans/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, ActionPlanForm.of(plans.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("actionPlan") ActionPlanForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> plans.get(community.id(), id), () -> {
			plans.update(community, id, form.toCommand());
			return community.redirectTo("/plans/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	@GetMapping("/{id}/areas/new")
	String newArea(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return areaForm(community, id, new AreaForm(), model);
	}

	@PostMapping("/{id}/areas")
	String addArea(Community community, @PathVariable long id, @Valid @ModelAttribute("area") AreaForm form,
			BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			plans.addArea(community, id, form.toCommand());
			return community.redirectTo("/plans/" + id + "?saved");
		}, () -> areaForm(community, id, form, model));
	}

	@GetMapping("/{id}/areas/{areaId}/edit")
	String editArea(Community community, @PathVariable long id, @PathVariable long areaId, Model model) {
		access.requireCoordinator(community.slug());
		model.addAttribute("areaId", areaId);
		return areaForm(community, id, AreaForm.of(plans.area(community.id(), id, areaId)), model);
	}

	@PostMapping("/{id}/areas/{areaId}")
	String updateArea(Community community, @PathVariable long id, @PathVariable long areaId,
			@Valid @ModelAttribute("area") AreaForm form, BindingResult result, Model model) {
		model.addAttribute("areaId", areaId);
		return FormSubmission.update(result, model, form, () -> plans.area(community.id(), id, areaId), () -> {
			plans.updateArea(community, id, areaId, form.toCommand());
			return community.redirectTo("/plans/" + id + "?saved");
		}, () -> areaForm(community, id, form, model));
	}

	private String form(Community community, ActionPlanForm form, Long id, Model model) {
		model.addAttribute("actionPlan", form);
		model.addAttribute("planId", id);
		model.addAttribute("strategies", strategies.all(community.id()));
		model.addAttribute("plans", plans.all(community.id()));
		model.addAttribute("forumNames", names.forums(community.id()));
		return "plan/planForm";
	}

	private String areaForm(Community community, long planId, AreaForm form, Model model) {
		model.addAttribute("plan", plans.get(community.id(), planId));
		model.addAttribute("area", form);
		return "plan/areaForm";
	}

}
