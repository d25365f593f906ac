package no.samhald.project;

/** A role in the project group. */
public enum ProjectRole {
	PROJECT_LEADER, SUB_PROJECT_LEADER, MEMBER, CONSULTANT, MINUTES_TAKER
}
