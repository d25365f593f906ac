package no.samhald.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails each person who chose a digest one mail with what gathered since the last: daily digests
 * every morning, weekly ones on Mondays.
 */
@Component
public class Digests {

	private final JdbcClient jdbc;

	private final MailWriter writer;

	private final MailOutbox outbox;

	Digests(JdbcClient jdbc, MailWriter writer, MailOutbox outbox) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.outbox = outbox;
	}

	/** Sends the digests due on {@code today}; returns the usernames that got one. */
	@Transactional
	public List<String> send(LocalDate today) {
		List<String> due = today.getDayOfWeek() == DayOfWeek.MONDAY ? List.of("DAILY", "WEEKLY") : List.of("DAILY");
		var byPerson = new LinkedHashMap<String, List<Item>>();
		jdbc.sql("""
				select id, username, recipient, language, subject, link from digest_item
				where delivery in (:due) order by username, id for update skip locked
				""")
			.param("due", due)
			.query(Item.class)
			.list()
			.forEach(item -> byPerson.computeIfAbsent(item.username(), u -> new ArrayList<>()).add(item));
		byPerson.forEach(this::mail);
		return List.copyOf(byPerson.keySet());
	}

	private void mail(String username, List<Item> items) {
		Item last = items.get(items.size() - 1);
		var lines = items.stream().map(i -> new MailWriter.DigestLine(i.subject(), i.link())).toList();
		outbox.add(last.recipient(), last.language(), "DIGEST", writer.digest(Locale.forLanguageTag(last.language()), lines));
		jdbc.sql("delete from digest_item where id in (:ids)")
			.param("ids", items.stream().map(Item::id).toList())
			.update();
	}

	private record Item(long id, String username, String recipient, String language, String subject, String link) {
	}

}
