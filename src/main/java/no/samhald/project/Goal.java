package no.samhald.project;

import java.util.List;

/** A goal (målsetting) or a sub-goal (delmål) with its points, in the order the project lists them. */
public record Goal(long id, String text, List<String> points) {
}
