package no.samhald.project;

import java.time.LocalDate;

/** A milestone put on the project's timeline. */
public record AddMilestone(String title, LocalDate day, String note) {
}
