package no.samhald.project;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.samhald.platform.Text;

/**
 * The rows that hang under a project: goals, project group, budget, sub-projects with tasks and
 * deliverables, milestones. Plain SQL, because they are read together for one page and written as
 * part of a change whose version the project itself carries. Names of people and partners are
 * resolved by the caller.
 */
@Repository
class ProjectParts {

	private final JdbcClient jdbc;

	ProjectParts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Goal> goals(long projectId, String kind) {
		var goals = new LinkedHashMap<Long, Goal>();
		jdbc.sql("""
				select id, text from project_goal
				where project_id = :project and kind = :kind order by position
				""").param("project", projectId).param("kind", kind)
			.query((rs, n) -> new Goal(rs.getLong("id"), rs.getString("text"), new ArrayList<>()))
			.list().forEach(g -> goals.put(g.id(), g));
		jdbc.sql("""
				select p.parent_id, p.text from project_goal p
				where p.project_id = :project and p.kind = 'POINT' order by p.position
				""").param("project", projectId)
			.query((rs, n) -> Map.entry(rs.getLong("parent_id"), rs.getString("text")))
			.list().forEach(point -> Optional.ofNullable(goals.get(point.getKey()))
				.ifPresent(g -> g.points().add(point.getValue())));
		return goals.values().stream().map(g -> new Goal(g.id(), g.text(), List.copyOf(g.points()))).toList();
	}

	void replaceGoals(long communityId, long projectId, List<Goal> goals, List<Goal> subGoals) {
		jdbc.sql("delete from project_goal where project_id = :project").param("project", projectId).update();
		insertGoals(communityId, projectId, "GOAL", goals);
		insertGoals(communityId, projectId, "SUB_GOAL", subGoals);
	}

	private void insertGoals(long communityId, long projectId, String kind, List<Goal> goals) {
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			long id = insertGoal(communityId, projectId, kind, null, i, goal.text());
			for (int j = 0; j < goal.points().size(); j++) {
				insertGoal(communityId, projectId, "POINT", id, j, goal.points().get(j));
			}
		}
	}

	private long insertGoal(long communityId, long projectId, String kind, Long parentId, int position, String text) {
		return jdbc.sql("""
				insert into project_goal (community_id, project_id, kind, parent_id, position, text)
				values (:community, :project, :kind, :parent, :position, :text) returning id
				""").param("community", communityId).param("project", projectId).param("kind", kind)
			.param("parent", parentId).param("position", position).param("text", text)
			.query(Long.class).single();
	}

	/** Members with the person's id; the name is filled in from {@code personNames} or is the external name. */
	List<ProjectMember> members(long projectId, Function<Long, String> personNames) {
		return jdbc.sql("""
				select id, person_id, external_name, role, organisation from project_member
				where project_id = :project order by position, id
				""").param("project", projectId)
			.query((rs, n) -> {
				Long personId = nullableLong(rs, "person_id");
				String name = personId == null ? rs.getString("external_name") : personNames.apply(personId);
				return new ProjectMember(rs.getLong("id"), personId, name, ProjectRole.valueOf(rs.getString("role")),
						rs.getString("organisation"));
			}).list();
	}

	void addMember(long communityId, long projectId, Long personId, String externalName, ProjectRole role,
			String organisation) {
		jdbc.sql("""
				insert into project_member (community_id, project_id, person_id, external_name, role, organisation, position)
				values (:community, :project, :person, :external, :role, :organisation,
				        (select count(*) from project_member where project_id = :project))
				""").param("community", communityId).param("project", projectId).param("person", personId)
			.param("external", externalName).param("role", role.name()).param("organisation", organisation)
			.update();
	}

	boolean removeMember(long projectId, long memberId) {
		return jdbc.sql("delete from project_member where project_id = :project and id = :id")
			.param("project", projectId).param("id", memberId).update() > 0;
	}

	Budget budget(long projectId, Function<Long, String> partnerNames) {
		var costs = jdbc.sql("select label, amount from project_cost where project_id = :project order by position")
			.param("project", projectId)
			.query((rs, n) -> new CostLine(rs.getString("label"), rs.getLong("amount"))).list();
		var shares = jdbc.sql("""
				select partner_id, label, amount from project_share where project_id = :project order by position
				""").param("project", projectId)
			.query((rs, n) -> {
				Long partnerId = nullableLong(rs, "partner_id");
				return new Share(partnerId, rs.getString("label"), payer(partnerId, rs.getString("label"), partnerNames),
						rs.getLong("amount"));
			}).list();
		var contributions = jdbc.sql("""
				select partner_id, label, text from project_contribution where project_id = :project order by position
				""").param("project", projectId)
			.query((rs, n) -> {
				Long partnerId = nullableLong(rs, "partner_id");
				return new Contribution(partnerId, rs.getString("label"),
						payer(partnerId, rs.getString("label"), partnerNames), rs.getString("text"));
			}).list();
		return new Budget(costs, shares, contributions);
	}

	private static String payer(Long partnerId, String label, Function<Long, String> partnerNames) {
		return partnerId == null ? label : partnerNames.apply(partnerId);
	}

	void replaceBudget(long communityId, long projectId, Budget budget) {
		for (String table : List.of("project_cost", "project_share", "project_contribution")) {
			jdbc.sql("delete from " + table + " where project_id = :project").param("project", projectId).update();
		}
		for (int i = 0; i < budget.costs().size(); i++) {
			CostLine line = budget.costs().get(i);
			jdbc.sql("""
					insert into project_cost (community_id, project_id, position, label, amount)
					values (:community, :project, :position, :label, :amount)
					""").param("community", communityId).param("project", projectId).param("position", i)
				.param("label", line.label()).param("amount", line.amount()).update();
		}
		for (int i = 0; i < budget.shares().size(); i++) {
			Share share = budget.shares().get(i);
			jdbc.sql("""
					insert into project_share (community_id, project_id, position, partner_id, label, amount)
					values (:community, :project, :position, :partner, :label, :amount)
					""").param("community", communityId).param("project", projectId).param("position", i)
				.param("partner", share.partnerId()).param("label", share.partnerId() == null ? share.label() : null)
				.param("amount", share.amount()).update();
		}
		for (int i = 0; i < budget.contributions().size(); i++) {
			Contribution contribution = budget.contributions().get(i);
			jdbc.sql("""
					insert into project_contribution (community_id, project_id, position, partner_id, label, text)
					values (:community, :project, :position, :partner, :label, :text)
					""").param("community", communityId).param("project", projectId).param("position", i)
				.param("partner", contribution.partnerId())
				.param("label", contribution.partnerId() == null ? contribution.label() : null)
				.param("text", contribution.text()).update();
		}
	}

	List<SubProject> subProjects(long projectId, Function<Long, String> personNames) {
		Map<Long, List<Task>> tasks = new LinkedHashMap<>();
		jdbc.sql("""
				select t.* from project_task t join sub_project s on s.id = t.sub_project_id
				where s.project_id = :project order by t.number
				""").param("project", projectId).query(ProjectParts::task).list()
			.forEach(t -> tasks.computeIfAbsent(t.subProjectId(), k -> new ArrayList<>()).add(t));
		Map<Long, List<String>> deliverables = new LinkedHashMap<>();
		jdbc.sql("""
				select d.sub_project_id, d.title from project_deliverable d join sub_project s on s.id = d.sub_project_id
				where s.project_id = :project order by d.position
				""").param("project", projectId)
			.query((rs, n) -> Map.entry(rs.getLong("sub_project_id"), rs.getString("title"))).list()
			.forEach(d -> deliverables.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d.getValue()));
		return jdbc.sql("select * from sub_project where project_id = :project order by number")
			.param("project", projectId)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				Long leaderId = nullableLong(rs, "leader_person_id");
				String leader = leaderId == null ? rs.getString("leader_name") : personNames.apply(leaderId);
				return new SubProject(id, rs.getInt("number"), rs.getString("name"), rs.getString("description"),
						leaderId, leader, List.copyOf(tasks.getOrDefault(id, List.of())),
						List.copyOf(deliverables.getOrDefault(id, List.of())), rs.getInt("version"));
			}).list();
	}

	long addSubProject(long communityId, long projectId, SaveSubProject d) {
		long id = jdbc.sql("""
				insert into sub_project (community_id, project_id, number, name, description, leader_person_id, leader_name)
				values (:community, :project,
				        (select coalesce(max(number), 0) + 1 from sub_project where project_id = :project),
				        :name, :description, :leader, :leaderName)
				returning id
				""").param("community", communityId).param("project", projectId).param("name", d.name().strip())
			.param("description", text(d.description())).param("leader", d.leaderPersonId())
			.param("leaderName", leaderName(d))
			.query(Long.class).single();
		insertDeliverables(communityId, id, d.deliverableList());
		return id;
	}

	/** Saves the sub-project if its version is still {@code d.version()}; false when someone else changed it first. */
	boolean updateSubProject(long communityId, long subProjectId, SaveSubProject d) {
		boolean saved = jdbc.sql("""
				update sub_project set name = :name, description = :description, leader_person_id = :leader,
				       leader_name = :leaderName, version = version + 1
				where id = :id and version = :version
				""").param("name", d.name().strip()).param("description", text(d.description()))
			.param("leader", d.leaderPersonId()).param("leaderName", leaderName(d))
			.param("id", subProjectId).param("version", d.version()).update() > 0;
		if (saved) {
			jdbc.sql("delete from project_deliverable where sub_project_id = :sub").param("sub", subProjectId).update();
			insertDeliverables(communityId, subProjectId, d.deliverableList());
		}
		return saved;
	}

	private static String leaderName(SaveSubProject d) {
		return d.leaderPersonId() == null ? Text.strippedOrNull(d.leaderName()) : null;
	}

	private void insertDeliverables(long communityId, long subProjectId, List<String> deliverables) {
		for (int i = 0; i < deliverables.size(); i++) {
			jdbc.sql("""
					insert into project_deliverable (community_id, sub_project_id, position, title)
					values (:community, :sub, :position, :title)
					""").param("community", communityId).param("sub", subProjectId).param("position", i)
				.param("title", deliverables.get(i)).update();
		}
	}

	boolean hasSubProject(long projectId, long subProjectId) {
		return jdbc.sql("select count(*) from sub_project where id = :id and project_id = :project")
			.param("id", subProjectId).param("project", projectId).query(Integer.class).single() > 0;
	}

	Optional<Task> task(long projectId, long taskId) {
		return jdbc.sql("""
				select t.* from project_task t join sub_project s on s.id = t.sub_project_id
				where t.id = :id and s.project_id = :project
				""").param("id", taskId).param("project", projectId).query(ProjectParts::task).optional();
	}

	long addTask(long communityId, long subProjectId, SaveTask d) {
		return jdbc.sql("""
				insert into project_task (community_id, sub_project_id, number, title, note, status, due_date)
				values (:community, :sub,
				        (select coalesce(max(number), 0) + 1 from project_task where sub_project_id = :sub),
				        :title, :note, :status, :due)
				returning id
				""").param("community", communityId).param("sub", subProjectId).param("title", d.title().strip())
			.param("note", text(d.note())).param("status", d.status().name())
			.param("due", d.dueDate())
			.query(Long.class).single();
	}

	/** Saves the task if its version is still {@code d.version()}; false when someone else changed it first. */
	boolean updateTask(long taskId, SaveTask d) {
		return jdbc.sql("""
				update project_task set title = :title, note = :note, status = :status, due_date = :due,
				       version = version + 1
				where id = :id and version = :version
				""").param("title", d.title().strip()).param("note", text(d.note()))
			.param("status", d.status().name()).param("due", d.dueDate()).param("id", taskId)
			.param("version", d.version()).update() > 0;
	}

	void setTaskStatus(long taskId, TaskStatus status) {
		jdbc.sql("update project_task set status = :status, version = version + 1 where id = :id")
			.param("status", status.name()).param("id", taskId).update();
	}

	Optional<LocalDate> latestTaskDue(long projectId) {
		return jdbc.sql("""
				select t.due_date from project_task t join sub_project s on s.id = t.sub_project_id
				where s.project_id = :project and t.due_date is not null
				order by t.due_date desc limit 1
				""").param("project", projectId).query(LocalDate.class).optional();
	}

	List<Milestone> milestones(long projectId) {
		return jdbc.sql("select * from project_milestone where project_id = :project order by day, id")
			.param("project", projectId)
			.query((rs, n) -> new Milestone(rs.getLong("id"), rs.getString("title"), rs.getDate("day").toLocalDate(),
					rs.getString("note")))
			.list();
	}

	void addMilestone(long communityId, long projectId, AddMilestone d) {
		jdbc.sql("""
				insert into project_milestone (community_id, project_id, title, day, note)
				values (:community, :project, :title, :day, :note)
				""").param("community", communityId).param("project", projectId).param("title", d.title().strip())
			.param("day", d.day()).param("note", text(d.note())).update();
	}

	private static Task task(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_date");
		return new Task(rs.getLong("id"), rs.getLong("sub_project_id"), rs.getInt("number"), rs.getString("title"),
				rs.getString("note"), TaskStatus.valueOf(rs.getString("status")), due == null ? null : due.toLocalDate(),
				rs.getInt("version"));
	}

	/** Free text as stored: stripped, and empty rather than missing. */
	static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
