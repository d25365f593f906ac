package no.samhald.project;

/**
 * What one payer covers of the total cost: a partner ({@code partnerId}) or a group label such as
 * "Kommunane". {@code payer} is the name to show.
 */
public record Share(Long partnerId, String label, String payer, long amount) {
}
