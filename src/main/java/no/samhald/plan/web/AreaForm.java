package no.samhald.plan.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.plan.PlanArea;
import no.samhald.plan.SaveArea;
import no.samhald.platform.EditForm;

/** An area of an action plan as typed; a new one gets the next number. */
class AreaForm implements EditForm<PlanArea> {

	@NotBlank
	@Size(max = 200)
	String title;

	@Size(max = 4000)
	String description;

	int version;

	static AreaForm of(PlanArea area) {
		var form = new AreaForm();
		form.title = area.title();
		form.description = area.description();
		form.version = area.version();
		return form;
	}

	SaveArea toCommand() {
		return new SaveArea(title, description, version);
	}

	@Override
	public List<String> fieldsChangedIn(PlanArea stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
