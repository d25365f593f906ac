package no.samhald.project.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.platform.EditForm;
import no.samhald.project.SaveSubProject;
import no.samhald.project.SubProject;

/** What a coordinator types to add or change a sub-project; deliverables one per line. */
class SubProjectForm implements EditForm<SubProject> {

	@NotBlank
	@Size(max = 300)
	String name;

	@Size(max = 10000)
	String description;

	Long leaderPersonId;

	@Size(max = 200)
	String leaderName;

	@Size(max = 10000)
	String deliverables;

	int version;

	static SubProjectForm of(SubProject subProject) {
		var form = new SubProjectForm();
		form.name = subProject.name();
		form.description = subProject.description();
		form.leaderPersonId = subProject.leaderPersonId();
		form.leaderName = subProject.leaderPersonId() == null ? subProject.leaderName() : null;
		form.deliverables = String.join("\n", subProject.deliverables());
		form.version = subProject.version();
		return form;
	}

	SaveSubProject toCommand() {
		return new SaveSubProject(name, description, leaderPersonId, leaderName, deliverables, version);
	}

	@Override
	public List<String> fieldsChangedIn(SubProject stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
