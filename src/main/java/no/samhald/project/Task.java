package no.samhald.project;

import java.time.LocalDate;

import no.samhald.platform.Versioned;

/** A numbered task of a sub-project ("1.3" is task 3 of sub-project 1). */
public record Task(long id, long subProjectId, int number, String title, String note, TaskStatus status,
		LocalDate dueDate, int version) implements Versioned {
}
