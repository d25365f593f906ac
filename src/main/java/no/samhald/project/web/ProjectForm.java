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
	String name;

	@Size(max = 20000)
	String background;

	@Size(max = 20000)
	String mandate;

	@NotNull
	ProjectStatus status = ProjectStatus.PLANNED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate endDate;

	Long steeringForumId;

	Long economyPartnerId;

	@Size(max = 10000)
	String goals;

	@Size(max = 10000)
	String subGoals;

	int version;

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

}
