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
	private String title;

	@Size(max = 4000)
	private String description;

	private int version;

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

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
