package no.samhald.event;

/** How many took part in an event: those who attended where that is recorded, otherwise those registered. */
public record Participation(Event event, long count, boolean attended) {
}
