/**
 * Events (arrangement): conferences, network gatherings and learning-network sessions of a
 * community, with public registration, a waiting list when full, confirmation by e-mail and
 * cancellation by the link in it.
 * <p>
 * Glossary: event = arrangement · conference = konferanse · network gathering = nettverkssamling ·
 * registration = påmelding · waiting list = venteliste.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event", allowedDependencies = { "platform", "community" })
package no.samhald.event;
