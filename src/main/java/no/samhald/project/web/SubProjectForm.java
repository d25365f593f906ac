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
	private String name;

	@Size(max = 10000)
	private String description;

	private Long leaderPersonId;

	@Size(max = 200)
	private String leaderName;

	@Size(max = 10000)
	private String deliverables;

	private int version;

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

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public Long getLeaderPersonId() { return leaderPersonId; }
	public void setLeaderPersonId(Long leaderPersonId) { this.leaderPersonId = leaderPersonId; }
	public String getLeaderName() { return leaderName; }
	public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
	public String getDeliverables() { return deliverables; }
	public void setDeliverables(String deliverables) { this.deliverables = deliverables; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
