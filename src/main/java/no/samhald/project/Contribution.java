package no.samhald.project;

/** The personnel a partner (or a group of partners) puts into the project, described in words. */
public record Contribution(Long partnerId, String label, String payer, String text) {
}
