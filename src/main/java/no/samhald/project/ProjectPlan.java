package no.samhald.project;

import java.util.List;

/**
 * Everything known about one project, ready to show: goals, organisation, budget, sub-projects
 * and timeline. Names of forums, people and partners are resolved.
 */
public record ProjectPlan(Project project, String steeringGroup, String economyHolder, List<Goal> goals,
		List<Goal> subGoals, List<ProjectMember> members, Budget budget, List<SubProject> subProjects,
		List<Milestone> milestones) {
}
