package no.samhald.plan.web;

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
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.Measures;
import no.samhald.plan.PatientGroup;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/** A measure with its status history; coordinators create and edit measures; the owner or a coordinator reports status. */
@Controller
@RequestMapping("/{community}/plans/{planId}/measures")
record MeasureController(ActionPlans plans, Measures measures, PartnershipNames names, Access access, Clock clock) {

	private static final String FORM = "plan/measureForm";

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long planId, @PathVariable long id, Model model) {
		var update = new StatusUpdateForm();
		update.statusDate = LocalDate.now(clock);
		update.status = measure(community, planId, id).status();
		return detail(community, planId, id, update, model);
	}

	@PostMapping("/{id}/status")
	String report(Community community, @PathVariable long planId, @PathVariable long id,
			@Valid @ModelAttribute("statusUpdate") StatusUpdateForm form, BindingResult result, Model model) {
		measure(community, planId, id);
		return FormSubmission.save(result, () -> {
			measures.report(community, id, form.toCommand());
			return community.redirectTo("/plans/" + planId + "/measures/" + id + "?reported#history");
		}, () -> detail(community, planId, id, form, model));
	}

	@GetMapping("/new")
	String newForm(Community community, @PathVariable long planId, @RequestParam(required = false) Long area,
			Model model) {
		access.requireCoordinator(community.slug());
		var form = new MeasureForm();
		form.areaId = area;
		return form(community, planId, form, null, model);
	}

	@PostMapping
	String create(Community community, @PathVariable long planId, @Valid @ModelAttribute("measure") MeasureForm form,
			BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			Measure saved = measures.create(community, planId, form.toCommand());
			return community.redirectTo("/plans/" + planId + "/measures/" + saved.id() + "?saved");
		}, () -> form(community, planId, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long planId, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, planId, MeasureForm.of(measure(community, planId, id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long planId, @PathVariable long id,
			@Valid @ModelAttribute("measure") MeasureForm form, BindingResult result, Model model) {
		measure(community, planId, id);
		return FormSubmission.update(result, model, form, () -> measures.get(community.id(), id), () -> {
			measures.update(community, id, form.toCommand());
			return community.redirectTo("/plans/" + planId + "/measures/" + id + "?saved");
		}, () -> form(community, planId, form, id, model));
	}

	private Measure measure(Community community, long planId, long id) {
		return measures.inPlan(community.id(), planId, id);
	}

	private String detail(Community community, long planId, long id, StatusUpdateForm update, Model model) {
		Measure measure = measure(community, planId, id);
		model.addAttribute("plan", plans.get(community.id(), planId));
		model.addAttribute("measure", measure);
		model.addAttribute("area", plans.areas(community.id(), planId).stream()
			.filter(a -> a.id().equals(measure.areaId())).findFirst().orElseThrow());
		model.addAttribute("history", measures.history(community.id(), id));
		Measure origin = measure.originId() == null ? null : measures.get(community.id(), measure.originId());
		model.addAttribute("origin", origin);
		model.addAttribute("originPlan", origin == null ? null : plans.get(community.id(), origin.actionPlanId()));
		model.addAttribute("successor", measures.carriedInto(community.id(), id).orElse(null));
		model.addAttribute("forumNames", names.forums(community.id()));
		model.addAttribute("personNames", names.people(community.id()));
		model.addAttribute("statusUpdate", update);
		model.addAttribute("statuses", MeasureStatus.values());
		return "plan/measure";
	}

	private String form(Community community, long planId, MeasureForm form, Long id, Model model) {
		ActionPlan plan = plans.get(community.id(), planId);
		model.addAttribute("plan", plan);
		model.addAttribute("measure", form);
		model.addAttribute("measureId", id);
		model.addAttribute("areas", plans.areas(community.id(), planId));
		model.addAttribute("statuses", MeasureStatus.values());
		model.addAttribute("groups", PatientGroup.values());
		model.addAttribute("forumNames", names.forums(community.id()));
		model.addAttribute("personNames", names.people(community.id()));
		return FORM;
	}

}
