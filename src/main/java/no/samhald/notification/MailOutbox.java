package no.samhald.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.Mail;
import no.samhald.platform.Mail.Attachment;
import no.samhald.platform.MailQueue;
import no.samhald.platform.NotFoundException;

/**
 * Mail waiting to be sent. Adding a mail only writes a row (in the caller's transaction, so a mail
 * exists exactly when what it tells of was committed); one attempt is made right after the commit,
 * and the scheduled sender retries with a pause that doubles from one minute up to six hours. After
 * {@code samhald.mail.outbox.max-attempts} the mail is given up and shown to the administrator, who
 * may send it again (the sender takes it within seconds).
 */
@Component
public class MailOutbox implements MailQueue {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final int BATCH = 50;

	/** A claimed mail is someone else's to send for this long; if its node dies, another retries it. */
	private static final Duration LEASE = Duration.ofMinutes(5);

	private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

	private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

	private final JdbcClient jdbc;

	private final Mail mail;

	private final MailWriter writer;

	private final Access access;

	private final AuditLog audit;

	private final Clock clock;

	private final int maxAttempts;

	private final TransactionTemplate ownTransaction;

	MailOutbox(JdbcClient jdbc, Mail mail, MailWriter writer, Access access, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions, @Value("${samhald.mail.outbox.max-attempts:10}") int maxAttempts) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.writer = writer;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Adds the mail; it is sent after the surrounding transaction commits, or retried later. */
	long add(Notice notice) {
		return add(notice.recipient(), notice.language().getLanguage(), notice.kind().name(), writer.write(notice),
				notice.attachments(), false);
	}

	/** A plain-text mail another module wrote (an invitation, a registration's confirmation). */
	@Override
	public void queue(QueuedMail mail) {
		add(mail.recipient(), mail.language().getLanguage(), mail.kind(),
				new MailWriter.Written(mail.subject(), mail.plainText(), ""), List.of(), mail.holdsSecret());
	}

	/** Adds a mail written already (a digest), under {@code kind}. */
	long add(String recipient, String language, String kind, MailWriter.Written written) {
		return add(recipient, language, kind, written, List.of(), false);
	}

	private long add(String recipient, String language, String kind, MailWriter.Written written,
			List<Attachment> attachments, boolean holdsSecret) {
		long id = jdbc.sql("""
				insert into mail_outbox (recipient, language, kind, subject, plain_text, html, next_attempt)
				values (:recipient, :language, :kind, :subject, :plain, :html, :now) returning id
				""")
			.param("recipient", recipient)
			.param("language", language)
			.param("kind", kind)
			.param("subject", written.subject())
			.param("plain", written.plainText())
			.param("html", written.html())
			.param("now", timestamp(clock.instant()))
			.query(Long.class)
			.single();
		if (holdsSecret) {
			jdbc.sql("insert into mail_outbox_secret (mail_id) values (:mail)").param("mail", id).update();
		}
		for (Attachment a : attachments) {
			jdbc.sql("""
					insert into mail_outbox_attachment (mail_id, file_name, content_type, content)
					values (:mail, :name, :type, :content)
					""")
				.param("mail", id)
				.param("name", a.fileName())
				.param("type", a.contentType())
				.param("content", a.content())
				.update();
		}
		afterCommit(() -> sendNow(id));
		return id;
	}

	/** Sends every mail due by {@code now}; returns how many were handed to the mail server. */
	public int sendDue(Instant now) {
		int sent = 0;
		List<Claimed> batch;
		do {
			batch = claim("", null, now);
			sent += send(batch, now);
		}
		while (batch.size() == BATCH);
		return sent;
	}

	/** Mail that failed at least once and is not sent yet (still retried, or given up), newest first. */
	public List<Undelivered> undelivered() {
		access.requireAdministrator();
		return jdbc.sql("""
				select id, recipient, kind, subject, status, attempts, next_attempt, last_error, created_at
				from mail_outbox where status = 'FAILED' or (status = 'PENDING' and attempts > 0)
				order by created_at desc, id desc limit 200
				""")
			.query(Undelivered.class)
			.list();
	}

	/** The administrator sends a given-up (or waiting) mail again, at once and with fresh attempts. */
	@Transactional
	public void retry(long id) {
		access.requireAdministrator();
		int changed = jdbc.sql("""
				update mail_outbox set status = 'PENDING', attempts = 0, next_attempt = :now
				where id = :id and status <> 'SENT'
				""")
			.param("id", id)
			.param("now", timestamp(clock.instant()))
			.update();
		if (changed == 0) {
			throw new NotFoundException("mail", id);
		}
		audit.record(null, "mail.retried", "mail " + id, "");
	}

	/**
	 * The first attempt, right after the commit that added the mail. It runs in a transaction of its
	 * own: the one that added the mail has ended, though its connection is still bound.
	 */
	private void sendNow(long id) {
		Instant now = clock.instant();
		try {
			ownTransaction.executeWithoutResult(status -> send(claim("and id = :id", id, now), now));
		}
		catch (RuntimeException ex) {
			log.warn("Mail {} not sent now, the sender will try again: {}", id, ex.getMessage());
		}
	}

	/**
	 * Takes due mail for this node by moving its next attempt a lease ahead; rows another node
	 * holds are skipped, so no mail is sent twice by two nodes.
	 */
	private List<Claimed> claim(String filter, Long id, Instant now) {
		var sql = jdbc.sql("""
				update mail_outbox set next_attempt = :lease where id in (
				  select id from mail_outbox where status = 'PENDING' and next_attempt <= :now %s
				  order by next_attempt, id limit %d for update skip locked)
				returning id, recipient, subject, plain_text, html, attempts
				""".formatted(filter, BATCH))
			.param("now", timestamp(now))
			.param("lease", timestamp(now.plus(LEASE)));
		if (id != null) {
			sql = sql.param("id", id);
		}
		return sql.query(Claimed.class).list();
	}

	private int send(List<Claimed> claimed, Instant now) {
		int sent = 0;
		for (Claimed c : claimed) {
			try {
				mail.deliver(c.recipient(), c.subject(), c.plainText(), c.html(), attachmentsOf(c.id()));
				jdbc.sql("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null where id = :id")
					.param("now", timestamp(now))
					.param("id", c.id())
					.update();
				forgetSecret(c.id());
				sent++;
			}
			catch (RuntimeException ex) {
				failed(c, now, ex);
			}
		}
		return sent;
	}

	/** A sent mail that held a one-time link keeps its subject for the record, not its text. */
	private void forgetSecret(long mailId) {
		if (jdbc.sql("delete from mail_outbox_secret where mail_id = :id").param("id", mailId).update() == 1) {
			jdbc.sql("update mail_outbox set plain_text = '', html = '' where id = :id").param("id", mailId).update();
		}
	}

	private List<Attachment> attachmentsOf(long mailId) {
		return jdbc.sql("select file_name, content_type, content from mail_outbox_attachment where mail_id = :mail order by id")
			.param("mail", mailId)
			.query((rs, n) -> new Attachment(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
			.list();
	}

	private void failed(Claimed c, Instant now, RuntimeException ex) {
		int attempts = c.attempts() + 1;
		boolean givenUp = attempts >= maxAttempts;
		log.warn("Mail {} to {} failed (attempt {}{}): {}", c.id(), c.recipient(), attempts,
				givenUp ? ", given up" : "", ex.getMessage());
		jdbc.sql("""
				update mail_outbox set attempts = :attempts, status = :status, next_attempt = :next, last_error = :error
				where id = :id
				""")
			.param("attempts", attempts)
			.param("status", givenUp ? "FAILED" : "PENDING")
			.param("next", timestamp(now.plus(pauseAfter(attempts))))
			.param("error", shortened(String.valueOf(ex.getMessage())))
			.param("id", c.id())
			.update();
	}

	/** One minute after the first failure, doubling, at most six hours. */
	static Duration pauseAfter(int attempts) {
		Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
		return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
	}

	private static String shortened(String error) {
		return error.length() > 500 ? error.substring(0, 500) : error;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private record Claimed(long id, String recipient, String subject, String plainText, String html, int attempts) {
	}

	/** A mail as the administrator sees it: to whom, what about, how often tried and why it failed. */
	public record Undelivered(long id, String recipient, String kind, String subject, String status, int attempts,
			OffsetDateTime nextAttempt, String lastError, OffsetDateTime createdAt) {
	}

}
