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
 * The sub-projects of a project with their tasks and deliverables, in plain SQL as
 * {@link ProjectParts}; each sub-project and task carries its own version.
 */
@Repository
class SubProjectRows {

	private final JdbcClient jdbc;

	SubProjectRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SubProject> subProjects(long projectId, Function<Long, String> personNames) {
		Map<Long, List<Task>> tasks = new LinkedHashMap<>();
		jdbc.sql("""
				select t.* from project_task t join sub_project s on s.id = t.sub_project_id
				where s.project_id = :project order by t.number
				""").param("project", projectId).query(SubProjectRows::task).list()
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
				Long leaderId = ProjectParts.nullableLong(rs, "leader_person_id");
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
			.param("description", ProjectParts.text(d.description())).param("leader", d.leaderPersonId())
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
				""").param("name", d.name().strip()).param("description", ProjectParts.text(d.description()))
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
				""").param("id", taskId).param("project", projectId).query(SubProjectRows::task).optional();
	}

	long addTask(long communityId, long subProjectId, SaveTask d) {
		return jdbc.sql("""
				insert into project_task (community_id, sub_project_id, number, title, note, status, due_date)
				values (:community, :sub,
				        (select coalesce(max(number), 0) + 1 from project_task where sub_project_id = :sub),
				        :title, :note, :status, :due)
				returning id
				""").param("community", communityId).param("sub", subProjectId).param("title", d.title().strip())
			.param("note", ProjectParts.text(d.note())).param("status", d.status().name())
			.param("due", d.dueDate())
			.query(Long.class).single();
	}

	/** Saves the task if its version is still {@code d.version()}; false when someone else changed it first. */
	boolean updateTask(long taskId, SaveTask d) {
		return jdbc.sql("""
				update project_task set title = :title, note = :note, status = :status, due_date = :due,
				       version = version + 1
				where id = :id and version = :version
				""").param("title", d.title().strip()).param("note", ProjectParts.text(d.note()))
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

	private static Task task(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_date");
		return new Task(rs.getLong("id"), rs.getLong("sub_project_id"), rs.getInt("number"), rs.getString("title"),
				rs.getString("note"), TaskStatus.valueOf(rs.getString("status")), due == null ? null : due.toLocalDate(),
				rs.getInt("version"));
	}

}
