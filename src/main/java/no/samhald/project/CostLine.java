package no.samhald.project;

/** One line of a project's total cost, in whole Norwegian kroner. */
public record CostLine(String label, long amount) {
}
