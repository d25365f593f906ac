package no.samhald.scale;

import java.util.List;

/**
 * The tables the generator fills and the columns it sets, parents before children. Columns left
 * out take their defaults; {@code version} is 1, as for a row saved once through Spring Data
 * JDBC (a row at version 0 would count as new and be inserted again on its first edit).
 */
enum Table {

	PARTNER(true, "community_id, type, name, short_name, municipality_code, parent_id, version"),
	PERSON(true, "community_id, name, title, version"),
	FORUM(true, "community_id, kind, name, short_name, parent_id, mandate, meeting_frequency, version"),
	MEMBERSHIP(true, "forum_id, person_id, role, partner_id, start_date, version"),
	MEETING(true, "community_id, forum_id, title, starts_at, ends_at, place, status, public_meeting, minutes_approved_at, version"),
	MEETING_PARTICIPANT(false, "meeting_id, position, person_id, role, attendance, must_approve, approved_at"),
	MEETING_CASE(true, "community_id, forum_id, meeting_id, year, number, title, public_title, type, background, proposal, "
			+ "decision, decided_at, exempt, exemption_basis, version"),
	ACTION_PLAN(true, "community_id, title, start_date, end_date, forum_id, summary, version"),
	PLAN_AREA(true, "community_id, action_plan_id, number, title, version"),
	MEASURE(true, "community_id, action_plan_id, area_id, title, description, patient_group, forum_id, owner_id, status, "
			+ "target, start_date, due_date, version"),
	PROJECT(true, "community_id, name, background, mandate, status, start_date, end_date, steering_forum_id, version"),
	PROJECT_GOAL(true, "community_id, project_id, kind, position, text"),
	AGREEMENT(true, "community_id, kind, number, title, summary, status, revision_forum_id, review_due, version"),
	AGREEMENT_VERSION(true, "agreement_id, label, adopted_on, adopted_by, change_summary, text"),
	IMPLEMENTATION(true, "agreement_id, partner_id, status, note, updated_on, version"),
	DEVIATION(true, "community_id, reporting_partner_id, reporting_partner_type, receiving_partner_id, receiving_partner_type, "
			+ "event_date, category, patient_group, description, consequence, reporter_reference, reported_by, received_on, "
			+ "answer_due, status, answer, improvement_measure, answered_by, answered_on, version");

	private final boolean serialId;

	private final List<String> columns;

	Table(boolean serialId, String columns) {
		this.serialId = serialId;
		var names = new java.util.ArrayList<String>();
		if (serialId) {
			names.add("id");
		}
		for (String column : columns.split(",")) {
			names.add(column.strip());
		}
		this.columns = List.copyOf(names);
	}

	String sqlName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	boolean serialId() {
		return serialId;
	}

	List<String> columns() {
		return columns;
	}

}
