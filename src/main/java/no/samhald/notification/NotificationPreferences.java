package no.samhald.notification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.Access;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.SignedInUser;

/**
 * Each person's choice per kind of mail: at once (when nothing is chosen), a daily or weekly
 * digest, or off. Mail about a deadline cannot be turned off: the work it tells of must be done.
 */
@Service
public class NotificationPreferences {

	private final JdbcClient jdbc;

	private final Access access;

	private final AuditLog audit;

	private final AccountLinks accounts;

	NotificationPreferences(JdbcClient jdbc, Access access, AuditLog audit, AccountLinks accounts) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.accounts = accounts;
	}

	/** The signed-in person's choices, every kind present. */
	public Map<MailKind, Delivery> mine() {
		return of(signedIn().getUsername());
	}

	/**
	 * Saves the signed-in person's choices and keeps {@code language} (the language of the page they
	 * saved them on) as the language Samhald writes to them in.
	 */
	@Transactional
	public void saveMine(Map<MailKind, Delivery> choices, Locale language) {
		saveMine(choices);
		SignedInUser user = signedIn();
		accounts.setLanguage(user.getUsername(), language);
		audit.record(user.communitySlug(), "notification.language-changed", "account " + user.getUsername(),
				accounts.language(user.getUsername()).map(Locale::getLanguage).orElse(""));
	}

	/** The language the signed-in person is written to in, if they chose one. */
	public Optional<Locale> myLanguage() {
		return accounts.language(signedIn().getUsername());
	}

	/** Saves the signed-in person's choices; refuses "off" for a deadline, naming the kind. */
	@Transactional
	public void saveMine(Map<MailKind, Delivery> choices) {
		SignedInUser user = signedIn();
		var problems = new ArrayList<FieldProblem>();
		choices.forEach((kind, delivery) -> {
			if (kind.isDeadline() && delivery == Delivery.OFF) {
				problems.add(new FieldProblem("choices[" + kind.name() + "]", "notification.preferences.deadlineOn"));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		choices.forEach((kind, delivery) -> jdbc.sql("""
				insert into notification_preference (username, kind, delivery) values (:username, :kind, :delivery)
				on conflict (username, kind) do update set delivery = excluded.delivery
				""")
			.param("username", user.getUsername())
			.param("kind", kind.name())
			.param("delivery", delivery.name())
			.update());
		audit.record(user.communitySlug(), "notification.preferences-changed", "account " + user.getUsername(),
				String.join(", ", choices.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
	}

	/** How {@code username} wants mail of {@code kind}. */
	Delivery of(String username, MailKind kind) {
		return of(username).get(kind);
	}

	private Map<MailKind, Delivery> of(String username) {
		var choices = new EnumMap<MailKind, Delivery>(MailKind.class);
		for (MailKind kind : MailKind.values()) {
			choices.put(kind, Delivery.AT_ONCE);
		}
		jdbc.sql("select kind, delivery from notification_preference where lower(username) = lower(:username)")
			.param("username", username)
			.query((rs, n) -> choices.put(MailKind.valueOf(rs.getString("kind")), Delivery.valueOf(rs.getString("delivery"))))
			.list();
		return choices;
	}

	private SignedInUser signedIn() {
		return access.currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
	}

}
