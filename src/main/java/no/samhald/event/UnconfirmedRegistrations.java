package no.samhald.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;

/**
 * Registrations whose address never confirmed them hold a name and an address that nobody
 * asked to keep: after {@code samhald.events.unconfirmed-kept-for} (72 hours unless set) their
 * link no longer works, and {@link #deleteExpired} removes them.
 */
@Component
class UnconfirmedRegistrations {

	private final Duration keptFor;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	UnconfirmedRegistrations(@Value("${samhald.events.unconfirmed-kept-for:PT72H}") Duration keptFor, JdbcClient jdbc,
			AuditLog audit) {
		this.keptFor = keptFor;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** How long a confirmation link works, in whole hours (for the mail and the page of a dead link). */
	long hoursKept() {
		return keptFor.toHours();
	}

	/**
	 * Unconfirmed for longer than kept since it was last asked for ({@link Registration#registeredAt}):
	 * its link works no more, even before the job has deleted it.
	 */
	boolean isExpired(Registration registration, Instant now) {
		return registration.status() == RegistrationStatus.PENDING
				&& registration.registeredAt().isBefore(now.minus(keptFor));
	}

	/**
	 * Deletes the registrations unconfirmed for longer than kept and audits how many per community
	 * (a count only: who they were is what is being forgotten). Returns how many in all.
	 */
	@Transactional
	int deleteExpired(Instant now) {
		List<String> deletedIn = jdbc.sql("""
				with deleted as (
				  delete from registration r
				  where r.status = 'PENDING' and r.registered_at < :cutoff
				    -- ticked off as come: the attendance counts it (the event's own record)
				    and not exists (select 1 from event_attendee a where a.registration_id = r.id)
				  returning r.event_id)
				select c.slug from deleted d join event e on e.id = d.event_id join community c on c.id = e.community_id
				""")
			.param("cutoff", java.sql.Timestamp.from(now.minus(keptFor)))
			.query(String.class)
			.list();
		Map<String, Integer> perCommunity = new TreeMap<>();
		deletedIn.forEach(slug -> perCommunity.merge(slug, 1, Integer::sum));
		perCommunity.forEach((slug, count) -> audit.recordAs("system", slug, "event.registrations.unconfirmed-deleted",
				"registrations", count + " unconfirmed for more than " + hoursKept() + " hours"));
		return deletedIn.size();
	}

}
