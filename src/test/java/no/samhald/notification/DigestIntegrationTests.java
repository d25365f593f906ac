package no.samhald.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.Deviations;
import no.samhald.partnership.Partners;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** {@code kinn}, the contact of the municipality Kinn, chooses a daily digest for new deviations. */
@SamhaldTest
class DigestIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Deviations deviations;

	@Autowired
	Partners partners;

	@Autowired
	Communities communities;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	Digests digests;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToAtOnce() {
		asKinn(() -> preferences.saveMine(Map.of(MailKind.DEVIATION_REPORTED, Delivery.AT_ONCE)));
	}

	@Test
	void aNewDeviationWaitsForTheDailyDigestAndComesInItWithTheLink() throws Exception {
		asKinn(() -> preferences.saveMine(Map.of(MailKind.DEVIATION_REPORTED, Delivery.DAILY)));
		Community community = communities.bySlug(SignedIn.SOGN);
		Deviation report = Reports.report(deviations, partners, community, "Helse Førde", "Kinn");
		String link = "http://localhost:8080/sogn-og-fjordane/deviations/" + report.id();

		await().atMost(Duration.ofSeconds(30)).until(() -> digestItems(link) == 1);
		assertThat(MailTexts.find(smtp, "kinn@samhald.example", "/deviations/" + report.id(), "")).isEmpty();

		assertThat(digests.send(LocalDate.of(2027, 3, 2))).contains("kinn");
		MimeMessage digest = MailTexts.arrived(smtp, "kinn@samhald.example", link);
		assertThat(digest.getSubject()).startsWith("Samhald: ");
		assertThat(MailTexts.plain(digest)).contains("Nytt samhandlingsavvik", "/account/notifications")
			.doesNotContain(Reports.SECRET_TEXT);
		assertThat(digestItems(link)).isZero();
	}

	@Test
	void mailAboutADeadlineCannotBeTurnedOff() {
		var off = new EnumMap<MailKind, Delivery>(MailKind.class);
		off.put(MailKind.DEVIATION_OVERDUE, Delivery.OFF);
		off.put(MailKind.DEVIATION_ANSWERED, Delivery.OFF);
		assertThatThrownBy(() -> asKinn(() -> preferences.saveMine(off))).isInstanceOf(InvalidInputException.class);
		assertThat(asKinnGet()).containsEntry(MailKind.DEVIATION_ANSWERED, Delivery.AT_ONCE);
	}

	private int digestItems(String link) {
		return jdbc.sql("select count(*) from digest_item where username = 'kinn' and link = :link")
			.param("link", link)
			.query(Integer.class)
			.single();
	}

	private Map<MailKind, Delivery> asKinnGet() {
		SignedIn.as("kinn", Role.MEMBER, SignedIn.SOGN);
		try {
			return preferences.mine();
		}
		finally {
			SignedIn.out();
		}
	}

	private static void asKinn(Runnable work) {
		SignedIn.as("kinn", Role.MEMBER, SignedIn.SOGN);
		try {
			work.run();
		}
		finally {
			SignedIn.out();
		}
	}

}
