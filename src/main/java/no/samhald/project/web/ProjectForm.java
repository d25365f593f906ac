package no.samhald.project.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.platform.EditForm;
import no.samhald.project.Project;
import no.samhald.project.ProjectPlan;
import no.samhald.project.ProjectStatus;
import no.samhald.project.SaveProject;

/** What a coordinator types to create or change a project; goals and sub-goals as text. */
class ProjectForm implements EditForm<ProjectPlan> {

	@NotBlank
	@Size(max = 300)
	private String name;

	@Size(max = 20000)
	private String background;

	@Size(max = 20000)
	private String mandate;

	@NotNull
	private ProjectStatus status = ProjectStatus.PLANNED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private Long steeringForumId;

	private Long economyPartnerId;

	@Size(max = 10000)
	private String goals;

	@Size(max = 10000)
	private String subGoals;

	private int version;

	static ProjectForm of(ProjectPlan plan) {
		Project p = plan.project();
		var form = new ProjectForm();
		form.name = p.name();
		form.background = p.background();
		form.mandate = p.mandate();
		form.status = p.status();
		form.startDate = p.startDate();
		form.endDate = p.endDate();
		form.steeringForumId = p.steeringForumId();
		form.economyPartnerId = p.economyPartnerId();
		form.goals = plan.goalsText();
		form.subGoals = plan.subGoalsText();
		form.version = p.version();
		return form;
	}

	SaveProject toCommand() {
		return new SaveProject(name, background, mandate, status, startDate, endDate, steeringForumId,
				economyPartnerId, goals, subGoals, version);
	}

	@Override
	public List<String> fieldsChangedIn(ProjectPlan stored) {
		return toCommand().fieldsChangedIn(stored);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getBackground() { return background; }
	public void setBackground(String background) { this.background = background; }
	public String getMandate() { return mandate; }
	public void setMandate(String mandate) { this.mandate = mandate; }
	public ProjectStatus getStatus() { return status; }
	public void setStatus(ProjectStatus status) { this.status = status; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public Long getSteeringForumId() { return steeringForumId; }
	public void setSteeringForumId(Long steeringForumId) { this.steeringForumId = steeringForumId; }
	public Long getEconomyPartnerId() { return economyPartnerId; }
	public void setEconomyPartnerId(Long economyPartnerId) { this.economyPartnerId = economyPartnerId; }
	public String getGoals() { return goals; }
	public void setGoals(String goals) { this.goals = goals; }
	public String getSubGoals() { return subGoals; }
	public void setSubGoals(String subGoals) { this.subGoals = subGoals; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
