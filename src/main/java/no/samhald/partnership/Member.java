package no.samhald.partnership;

/** A membership with the person and the represented partner resolved, for display. */
public record Member(Membership membership, Person person, Partner partner) {
}
