package no.samhald.project;

import java.time.LocalDate;

/** A dated point on the project's timeline: an anchoring meeting, a gathering, a report. */
public record Milestone(long id, String title, LocalDate day, String note) {
}
