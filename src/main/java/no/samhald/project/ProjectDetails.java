package no.samhald.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.platform.ChangedFields;
import no.samhald.platform.InvalidInputException.FieldProblem;

/** What a coordinator types to create or change a project; goals and sub-goals as text. */
public class ProjectDetails {

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

	public static ProjectDetails of(ProjectPlan plan) {
		Project p = plan.project();
		var details = new ProjectDetails();
		details.name = p.name();
		details.background = p.background();
		details.mandate = p.mandate();
		details.status = p.status();
		details.startDate = p.startDate();
		details.endDate = p.endDate();
		details.steeringForumId = p.steeringForumId();
		details.economyPartnerId = p.economyPartnerId();
		details.goals = GoalText.format(plan.goals());
		details.subGoals = GoalText.format(plan.subGoals());
		details.version = p.version();
		return details;
	}

	/** The fields in which the stored project differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(ProjectPlan stored) {
		ProjectDetails now = of(stored);
		return new ChangedFields().compare("name", name, now.name)
			.compare("background", background, now.background)
			.compare("mandate", mandate, now.mandate)
			.compare("status", status, now.status)
			.compare("startDate", startDate, now.startDate)
			.compare("endDate", endDate, now.endDate)
			.compare("steeringForumId", steeringForumId, now.steeringForumId)
			.compare("economyPartnerId", economyPartnerId, now.economyPartnerId)
			.compare("goals", GoalText.format(parsedOrEmpty(goals)), now.goals)
			.compare("subGoals", GoalText.format(parsedOrEmpty(subGoals)), now.subGoals)
			.list();
	}

	/** The rules that need nothing but what was typed. */
	List<FieldProblem> problems() {
		var problems = new ArrayList<FieldProblem>();
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			problems.add(new FieldProblem("endDate", "project.endDate.beforeStart"));
		}
		if (GoalText.parse(goals) == null) {
			problems.add(new FieldProblem("goals", "project.goals.pointFirst"));
		}
		if (GoalText.parse(subGoals) == null) {
			problems.add(new FieldProblem("subGoals", "project.goals.pointFirst"));
		}
		return problems;
	}

	List<Goal> goalList() {
		return parsedOrEmpty(goals);
	}

	List<Goal> subGoalList() {
		return parsedOrEmpty(subGoals);
	}

	private static List<Goal> parsedOrEmpty(String text) {
		List<Goal> parsed = GoalText.parse(text);
		return parsed == null ? List.of() : parsed;
	}

	static String strip(String value) {
		return value == null ? "" : value.strip();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
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
	public void setVersion(int version) { this.version = version; }

}
