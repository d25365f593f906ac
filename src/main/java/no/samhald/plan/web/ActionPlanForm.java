package no.samhald.plan.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.plan.ActionPlan;
import no.samhald.plan.SaveActionPlan;
import no.samhald.platform.EditForm;

/**
 * What a coordinator types to make or change an action plan; on making it from a predecessor, the
 * predecessor's open measures come along. The predecessor cannot be changed afterwards.
 */
class ActionPlanForm implements EditForm<ActionPlan> {

	@NotBlank
	@Size(max = 200)
	String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate endDate;

	Long strategyId;

	Long forumId;

	Long predecessorId;

	@Size(max = 4000)
	String summary;

	int version;

	static ActionPlanForm of(ActionPlan plan) {
		var form = new ActionPlanForm();
		form.title = plan.title();
		form.startDate = plan.startDate();
		form.endDate = plan.endDate();
		form.strategyId = plan.strategyId();
		form.forumId = plan.forumId();
		form.predecessorId = plan.predecessorId();
		form.summary = plan.summary();
		form.version = plan.version();
		return form;
	}

	SaveActionPlan toCommand() {
		return new SaveActionPlan(title, startDate, endDate, strategyId, forumId, predecessorId, summary, version);
	}

	@Override
	public List<String> fieldsChangedIn(ActionPlan stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
