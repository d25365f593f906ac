package no.samhald.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.DeviationReported;
import no.samhald.deviation.Deviations;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event publication that was committed but never completed (the node stopped after the
 * deviation was saved and before the listener had written the mail) is handled when it is
 * resubmitted, as Samhald does at start ({@code republish-outstanding-events-on-restart}), and
 * the mail arrives.
 */
@SamhaldTest
class ResubmittedPublicationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Deviations deviations;

	@Autowired
	Partners partners;

	@Autowired
	Communities communities;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIncompletePublicationIsHandledWhenResubmittedAndTheMailArrives() {
		Deviation report = Reports.toHelseForde(deviations, partners, communities.bySlug(SignedIn.SOGN));
		String link = "/deviations/" + report.id();
		awaitMails(link, 1);

		UUID lost = leaveIncompletePublicationOf(report);
		assertThat(completed(lost)).isFalse();

		incomplete.resubmitIncompletePublications(publication -> publication.getIdentifier().equals(lost));

		awaitMails(link, 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> completed(lost));
	}

	/**
	 * Writes what the registry writes in the transaction that saves the report (the same listener
	 * and serialized event as the publication that was handled), left incomplete as if the node had
	 * stopped before its listener finished.
	 */
	private UUID leaveIncompletePublicationOf(Deviation report) {
		UUID id = UUID.randomUUID();
		int written = jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts)
				select :id, listener_id, event_type, serialized_event, now() - interval '1 minute', 'PUBLISHED', 0
				from event_publication
				where event_type = :type and listener_id like '%DeviationNotifications%' and serialized_event like :event
				limit 1
				""")
			.param("id", id)
			.param("type", DeviationReported.class.getName())
			.param("event", "%\"deviationId\":" + report.id() + ",%")
			.update();
		assertThat(written).as("the handled publication to copy").isOne();
		return id;
	}

	private boolean completed(UUID publication) {
		return jdbc.sql("select completion_date is not null from event_publication where id = :id")
			.param("id", publication)
			.query(Boolean.class)
			.single();
	}

	/** Waits until {@code count} mails to Helse Førde's contact link to the deviation. */
	private static void awaitMails(String link, int count) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter(m -> MailTexts.plain(m).contains(link + "\n"))
				.filter(m -> {
					try {
						return Arrays.toString(m.getAllRecipients()).contains("sjukehus@samhald.example");
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				})
				.count() == count);
	}

}
