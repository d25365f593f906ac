package no.samhald.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.samhald.platform.ChangedFields;
import no.samhald.platform.InvalidInputException.FieldProblem;

/**
 * A project as a coordinator saves it, goals and sub-goals as text (see {@link GoalText}):
 * created, or changed over {@code version}.
 */
public record SaveProject(String name, String background, String mandate, ProjectStatus status, LocalDate startDate,
		LocalDate endDate, Long steeringForumId, Long economyPartnerId, String goals, String subGoals, int version) {

	/** The fields in which the stored project differs from this. */
	public List<String> fieldsChangedIn(ProjectPlan stored) {
		Project p = stored.project();
		return new ChangedFields().sameNamed(this, p, "goals", "subGoals")
			.compare("goals", GoalText.format(goalList()), stored.goalsText())
			.compare("subGoals", GoalText.format(subGoalList()), stored.subGoalsText())
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

}
