/**
 * My work (mitt arbeid): what waits for the signed-in person across their communities — deviations
 * to answer, minutes to approve, measures to report on, agreements to review, collection and
 * consultation answers to submit, a coordinator's pending invitations and the meetings of the next
 * two weeks — each linking to where the work is done; what is overdue in a community for its
 * coordinators; and a personal iCalendar feed at a secret, renewable address (meetings and
 * deadlines; not invitations, whose expiry is no one's deadline).
 * <p>
 * It only reads the other modules through their APIs and stores nothing of theirs; its one table
 * holds the hashed calendar feed tokens.
 * <p>
 * Glossary: task = oppgåve · overdue = over fristen · calendar feed = kalenderabonnement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work", allowedDependencies = { "platform", "community",
		"partnership", "meeting", "plan", "agreement", "deviation", "invitation", "collection", "consultation" })
package no.samhald.work;
