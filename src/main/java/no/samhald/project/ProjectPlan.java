package no.samhald.project;

import java.util.List;

import no.samhald.platform.Versioned;

/**
 * Everything known about one project, ready to show: goals, organisation, budget, sub-projects
 * and timeline. Names of forums, people and partners are resolved. Its version is the project's,
 * which guards the project's own text, goals and budget.
 */
public record ProjectPlan(Project project, String steeringGroup, String economyHolder, List<Goal> goals,
		List<Goal> subGoals, List<ProjectMember> members, Budget budget, List<SubProject> subProjects,
		List<Milestone> milestones) implements Versioned {

	@Override
	public int version() {
		return project.version();
	}

	/** The goals as a person writes them in one text box. */
	public String goalsText() {
		return GoalText.format(goals);
	}

	/** The sub-goals with their points, as a person writes them in one text box. */
	public String subGoalsText() {
		return GoalText.format(subGoals);
	}

}
