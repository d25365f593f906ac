package no.samhald.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.AccountLinks.RoleHolder;

/**
 * What every reminder job does the same way: go through the communities, write the notice in the
 * person's language with a link into the community, and send it unless {@code reminder_sent}
 * says it went out before. A job keeps only its own rule (who, when, which step).
 */
@Component
class ReminderRun {

	private final Communities communities;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final SentReminders sent;

	ReminderRun(Communities communities, Recipients recipients, Deliveries deliveries, SentReminders sent) {
		this.communities = communities;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.sent = sent;
	}

	List<Community> communities() {
		return communities.all();
	}

	Community community(long id) {
		return communities.findById(id).orElseThrow();
	}

	Recipients recipients() {
		return recipients;
	}

	/**
	 * Sends the notice unless this step of this reminder went to {@code person} before; true when
	 * it was sent now. The notice is written only when it is sent.
	 */
	boolean sendOnce(String kind, long subjectId, LocalDate deadline, String person, String step,
			Supplier<Notice> notice) {
		if (!sent.claim(kind, subjectId, deadline, person, step)) {
			return false;
		}
		deliveries.send(notice.get());
		return true;
	}

	/** The notice of {@code kind} to {@code person}, linking to {@code path} in the community. */
	Notice notice(MailKind kind, Community community, RoleHolder person, String path, Object... values) {
		return new Notice(kind, person.username(), person.email(), recipients.languageOf(community, person.username()),
				values, recipients.link(community, path));
	}

	/** {@code first}, then those of {@code more} not among them (by username). */
	static List<RoleHolder> together(List<RoleHolder> first, List<RoleHolder> more) {
		var people = new ArrayList<>(first);
		more.stream()
			.filter(m -> people.stream().noneMatch(p -> p.username().equals(m.username())))
			.forEach(people::add);
		return people;
	}

}
