package no.samhald.project;

/** How far a task of a sub-project has come. */
public enum TaskStatus {
	NOT_STARTED, IN_PROGRESS, DONE
}
