package no.samhald.project.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.project.Budget;
import no.samhald.project.Goal;
import no.samhald.project.Milestone;
import no.samhald.project.ProjectMember;
import no.samhald.project.ProjectPlan;
import no.samhald.project.ProjectSummary;
import no.samhald.project.Projects;
import no.samhald.project.SubProject;
import no.samhald.project.Task;

/**
 * Projects as JSON under {@code /api/v1/communities/{community}}. Everything here is public
 * record of a public body's joint work; no contact details are included.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/projects")
record ProjectApi(Projects projects) {

	@GetMapping
	List<ProjectListJson> projects(Community community) {
		return projects.all(community.id()).stream().map(ProjectListJson::of).toList();
	}

	@GetMapping("/{id}")
	ProjectJson project(Community community, @PathVariable long id) {
		return ProjectJson.of(projects.plan(community.id(), id));
	}

	record ProjectListJson(long id, String name, String status, LocalDate startDate, LocalDate endDate,
			Long steeringForumId, String steeringGroup) {

		static ProjectListJson of(ProjectSummary s) {
			var p = s.project();
			return new ProjectListJson(p.id(), p.name(), p.status().name(), p.startDate(), p.endDate(),
					p.steeringForumId(), s.steeringGroup());
		}

	}

	record ProjectJson(long id, String name, String status, String background, String mandate, LocalDate startDate,
			LocalDate endDate, Long steeringForumId, String steeringGroup, Long economyPartnerId, String economyHolder,
			List<GoalJson> goals, List<GoalJson> subGoals, List<MemberJson> projectGroup, BudgetJson budget,
			List<SubProjectJson> subProjects, List<MilestoneJson> milestones, int version) {

		static ProjectJson of(ProjectPlan plan) {
			var p = plan.project();
			return new ProjectJson(p.id(), p.name(), p.status().name(), p.background(), p.mandate(), p.startDate(),
					p.endDate(), p.steeringForumId(), plan.steeringGroup(), p.economyPartnerId(), plan.economyHolder(),
					plan.goals().stream().map(GoalJson::of).toList(), plan.subGoals().stream().map(GoalJson::of).toList(),
					plan.members().stream().map(MemberJson::of).toList(), BudgetJson.of(plan.budget(), p.economyNote()),
					plan.subProjects().stream().map(SubProjectJson::of).toList(),
					plan.milestones().stream().map(MilestoneJson::of).toList(), p.version());
		}

	}

	record GoalJson(String text, List<String> points) {

		static GoalJson of(Goal g) {
			return new GoalJson(g.text(), g.points());
		}

	}

	record MemberJson(Long personId, String name, String role, String organisation) {

		static MemberJson of(ProjectMember m) {
			return new MemberJson(m.personId(), m.name(), m.role().name(), m.organisation());
		}

	}

	record BudgetJson(long total, long splitTotal, boolean balanced, List<CostJson> costs, List<ShareJson> split,
			List<ContributionJson> personnelContributions, String economyNote) {

		static BudgetJson of(Budget b, String note) {
			return new BudgetJson(b.total(), b.sharedTotal(), b.isBalanced(),
					b.costs().stream().map(c -> new CostJson(c.label(), c.amount())).toList(),
					b.shares().stream().map(s -> new ShareJson(s.partnerId(), s.payer(), s.amount())).toList(),
					b.contributions().stream().map(c -> new ContributionJson(c.partnerId(), c.payer(), c.text())).toList(),
					note);
		}

	}

	record CostJson(String label, long amountNok) {
	}

	record ShareJson(Long partnerId, String payer, long amountNok) {
	}

	record ContributionJson(Long partnerId, String payer, String text) {
	}

	record SubProjectJson(long id, int number, String name, String description, Long leaderPersonId, String leader,
			List<TaskJson> tasks, List<String> deliverables) {

		static SubProjectJson of(SubProject s) {
			return new SubProjectJson(s.id(), s.number(), s.name(), s.description(), s.leaderPersonId(), s.leaderName(),
					s.tasks().stream().map(t -> TaskJson.of(s, t)).toList(), s.deliverables());
		}

	}

	record TaskJson(long id, String number, String title, String note, String status, LocalDate dueDate) {

		static TaskJson of(SubProject s, Task t) {
			return new TaskJson(t.id(), s.number() + "." + t.number(), t.title(), t.note(), t.status().name(), t.dueDate());
		}

	}

	record MilestoneJson(String title, LocalDate date, String note) {

		static MilestoneJson of(Milestone m) {
			return new MilestoneJson(m.title(), m.day(), m.note());
		}

	}

}
