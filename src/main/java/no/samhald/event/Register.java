package no.samhald.event;

/** A person's registration for an event as they typed it; no account needed. */
public record Register(String name, String email, String organisation, String needs) {
}
