package no.samhald.project;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The rows that hang under a project: goals, project group, budget, milestones ({@link SubProjectRows}
 * has the sub-projects with their tasks and deliverables). Plain SQL, because they are read together for one page and written as
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

	/** Free text as stored: stripped, and empty rather than missing. */
	static String text(String value) {
		return value == null ? "" : value.strip();
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
