package no.samhald.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.Deviations;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail server is down when a deviation is reported: the report is saved all the same, the mail
 * waits in the outbox (and the administrator sees it), and it arrives once the server is back and
 * the sender retries.
 */
@SamhaldTest
class MailServerDownIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Deviations deviations;

	@Autowired
	Partners partners;

	@Autowired
	Communities communities;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	/** Not started: nothing listens on the test SMTP port until the test starts it. */
	final GreenMail smtp = new GreenMail(new ServerSetup(TestSmtp.PORT, null, ServerSetup.PROTOCOL_SMTP));

	@AfterEach
	void stopMailServer() {
		smtp.stop();
	}

	@Test
	void mailThatFailsWhileTheServerIsDownArrivesAfterTheRetry() {
		Deviation report = Reports.toHelseForde(deviations, partners, communities.bySlug(SignedIn.SOGN));
		assertThat(deviations.awaitingAnswer()).anyMatch(d -> d.deviationId() == report.id());

		Attempt failed = await().atMost(Duration.ofSeconds(30))
			.until(() -> attemptOf(report), a -> a.isPresent() && a.get().attempts() == 1)
			.orElseThrow();
		assertThat(failed.status()).isEqualTo("PENDING");
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.nextAttempt()).isAfter(Instant.now().plusSeconds(30));

		adminSeesTheUndeliveredMail();

		smtp.start();
		outbox.sendDue(Instant.now());
		assertThat(attemptOf(report).orElseThrow().attempts()).as("not tried again before its pause is over").isOne();
		assertThat(outbox.sendDue(failed.nextAttempt())).isPositive();
		assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
		assertThat(MailTexts.find(smtp, "sjukehus@samhald.example", "/deviations/" + report.id(), "Nytt")).isPresent();
		assertThat(attemptOf(report).orElseThrow().status()).isEqualTo("SENT");
	}

	@Test
	void thePauseBetweenAttemptsDoublesUpToSixHours() {
		assertThat(MailOutbox.pauseAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(MailOutbox.pauseAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(MailOutbox.pauseAfter(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(MailOutbox.pauseAfter(12)).isEqualTo(Duration.ofHours(6));
	}

	private void adminSeesTheUndeliveredMail() {
		Browser browser = new Browser(port).reset();
		browser.signIn("admin", "samhald-admin").open("/");
		browser.clickAndWait("a[href='/admin/mail']");
		assertThat(browser.currentPath()).isEqualTo("/admin/mail");
		assertThat(browser.pageText()).contains("E-post som ikkje kom fram", "sjukehus@samhald.example");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		assertThat(browser.reachesByTab("form[action^='/admin/mail/'] button[type=submit]"))
			.as("the Tab key reaches a retry button").isTrue();
	}

	private Optional<Attempt> attemptOf(Deviation report) {
		return jdbc.sql("""
				select status, attempts, next_attempt as next_attempt_at, last_error from mail_outbox
				where recipient = 'sjukehus@samhald.example' and kind = 'DEVIATION_REPORTED' and plain_text like :link
				""")
			.param("link", "%/deviations/" + report.id() + "\n%")
			.query(Attempt.class)
			.optional();
	}

	record Attempt(String status, int attempts, OffsetDateTime nextAttemptAt, String lastError) {

		Instant nextAttempt() {
			return nextAttemptAt.toInstant();
		}

	}

}
