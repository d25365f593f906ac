package no.samhald.notification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.collection.CollectionField;
import no.samhald.collection.Collections;
import no.samhald.collection.DataCollection;
import no.samhald.collection.DefineCollection;
import no.samhald.collection.FieldKind;
import no.samhald.collection.SaveAnswer;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contacts of a partner that has not submitted are reminded 7 days before a collection's
 * deadline and on the day, once each; a submitted answer stops them. The collection is the test's
 * own, with a deadline years ahead, so no demo collection is reminded of.
 */
@SamhaldTest
class CollectionRemindersIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	CollectionReminders reminders;

	@Autowired
	Collections collections;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	AccountLinks accountLinks;

	@Test
	void theKinnContactIsRemindedSevenDaysBeforeOnceAndNotAfterSubmitting() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		Partner kinn = partners.all(sogn.id()).stream().filter(p -> "4602".equals(p.municipalityCode())).findFirst().orElseThrow();
		LocalDate deadline = LocalDate.of(2033, 5, 10);
		DataCollection collection = SignedIn.asCoordinator(() -> collections.define(sogn,
				new DefineCollection("Påminningstest", "2032", deadline, List.of(kinn.id()),
						List.of(new CollectionField(FieldKind.INTEGER, "Tal", "Tall", null, null, null, BigDecimal.ZERO,
								null, null, false)), null)));

		assertThat(of(collection, reminders.remind(deadline.minusDays(8)))).isEmpty();
		assertThat(of(collection, reminders.remind(deadline.minusDays(7)))).containsExactly(
				new CollectionReminders.Reminder(collection.id(), kinn.id(), "kinn", "before-7"));
		assertThat(of(collection, reminders.remind(deadline.minusDays(6)))).as("once").isEmpty();

		String link = "/sogn-og-fjordane/collections/" + collection.id() + "/answers/" + kinn.id();
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> MailTexts.find(smtp, "kinn@samhald.example", link, "innan 10.05.2033"), Optional::isPresent)
			.orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("Kartlegging å svare på innan 10.05.2033");

		SignedIn.asCoordinator(() -> collections.saveAnswer(sogn, collection.id(), kinn.id(),
				new SaveAnswer(Map.of(0, "12"), true, null)));
		assertThat(of(collection, reminders.remind(deadline))).as("submitted").isEmpty();
	}

	@Test
	void aContactOfTwoAskedPartnersIsRemindedOfEachPartnersAnswer() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		Partner kinn = municipality(sogn, "4602");
		Partner sunnfjord = municipality(sogn, "4647");
		LocalDate deadline = LocalDate.of(2034, 3, 14);
		DataCollection collection = SignedIn.asCoordinator(() -> collections.define(sogn,
				new DefineCollection("Påminning for to partnarar", "2033", deadline, List.of(kinn.id(), sunnfjord.id()),
						List.of(new CollectionField(FieldKind.INTEGER, "Tal", "Tall", null, null, null, BigDecimal.ZERO,
								null, null, false)), null)));
		accountLinks.grant("kinn", Role.PARTNER_CONTACT, sogn.slug(), sunnfjord.id());
		try {
			assertThat(of(collection, reminders.remind(deadline.minusDays(7)))).containsExactly(
					new CollectionReminders.Reminder(collection.id(), kinn.id(), "kinn", "before-7"),
					new CollectionReminders.Reminder(collection.id(), sunnfjord.id(), "kinn", "before-7"));
			assertThat(of(collection, reminders.remind(deadline.minusDays(3)))).as("once per partner").isEmpty();

			for (Partner partner : List.of(kinn, sunnfjord)) {
				String link = "/sogn-og-fjordane/collections/" + collection.id() + "/answers/" + partner.id();
				MimeMessage mail = await().atMost(Duration.ofSeconds(30))
					.until(() -> MailTexts.find(smtp, "kinn@samhald.example", link, "innan 14.03.2034"), Optional::isPresent)
					.orElseThrow();
				assertThat(MailTexts.plain(mail)).contains(partner.name());
			}

			SignedIn.asCoordinator(() -> collections.saveAnswer(sogn, collection.id(), kinn.id(),
					new SaveAnswer(Map.of(0, "3"), true, null)));
			assertThat(of(collection, reminders.remind(deadline))).as("only the partner still to answer").containsExactly(
					new CollectionReminders.Reminder(collection.id(), sunnfjord.id(), "kinn", "due"));
		}
		finally {
			accountLinks.revoke("kinn", Role.PARTNER_CONTACT, sogn.slug(), sunnfjord.id());
		}
	}

	private Partner municipality(Community community, String code) {
		return partners.all(community.id()).stream().filter(p -> code.equals(p.municipalityCode())).findFirst().orElseThrow();
	}

	private static List<CollectionReminders.Reminder> of(DataCollection collection, List<CollectionReminders.Reminder> sent) {
		return sent.stream().filter(r -> r.collectionId() == collection.id()).toList();
	}

}
