package no.samhald.plan.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.plan.FocusArea;
import no.samhald.plan.SaveFocusArea;
import no.samhald.platform.EditForm;

/** A focus area of a strategy as typed: its priorities one per line. */
class FocusAreaForm implements EditForm<FocusArea> {

	@NotBlank
	@Size(max = 200)
	String title;

	@Size(max = 8000)
	String description;

	@Size(max = 8000)
	String priorities;

	int version;

	static FocusAreaForm of(FocusArea area) {
		var form = new FocusAreaForm();
		form.title = area.title();
		form.description = area.description();
		form.priorities = area.priorities();
		form.version = area.version();
		return form;
	}

	SaveFocusArea toCommand() {
		return new SaveFocusArea(title, description, priorities, version);
	}

	@Override
	public List<String> fieldsChangedIn(FocusArea stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
