package no.samhald.event;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import no.samhald.SamhaldTest;
import no.samhald.TestSmtp;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
class EventRegistrationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Events events;

	@Autowired
	Communities communities;

	@Autowired
	AuditLog audit;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void theLastSeatGoesToTheFirstAndTheNextWaitsThenMovesUpWhenASeatIsFreed() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(1)));

		Registration first = events.register(community, event.id(), person("Astri Loen", "astri@example.org"), Locale.forLanguageTag("nn"));
		Registration second = events.register(community, event.id(), person("Kjetil Berge", "kjetil@example.org"), Locale.forLanguageTag("nb"));
		assertThat(first.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);

		MimeMessage[] sent = smtp.getReceivedMessages();
		assertThat(sent).hasSize(2);
		assertThat(sent[0].getSubject()).startsWith("Påmelding stadfesta");
		assertThat((String) sent[0].getContent()).contains("/sogn-og-fjordane/events/cancel/" + first.token())
			.doesNotContain("Astri Loen");
		assertThat(sent[1].getSubject()).startsWith("Venteliste");

		events.cancel(community, first.token());
		assertThat(events.registrations(community.id(), event.id()))
			.extracting(Registration::status)
			.containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(smtp.getReceivedMessages()[2].getSubject()).startsWith("Du har fått plass");
	}

	@Test
	void registeringAnAddressAgainGetsTheAnswerOfANewRegistrationAndOnlyTheOwnerIsToldByMail() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(1)));
		Registration first = events.register(community, event.id(), person("Ola Vik", "ola@example.org"), Locale.ENGLISH);
		Registration newcomer = events.register(community, event.id(), person("Kari Dal", "kari@example.org"), Locale.ENGLISH);

		Registration again = events.register(community, event.id(),
				person("Someone Else", "OLA@example.org"), Locale.ENGLISH);

		// The event is full now: a new address would be wait-listed, and so is the answer for a registered one.
		assertThat(newcomer.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(again.status()).isEqualTo(newcomer.status());
		assertThat(again.token()).isNotEqualTo(first.token());
		assertThat(events.registrations(community.id(), event.id())).hasSize(2);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		MimeMessage told = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).startsWith("You are already registered"))
			.findFirst()
			.orElseThrow();
		assertThat(told.getAllRecipients()[0].toString()).isEqualTo("ola@example.org");
		assertThat((String) told.getContent()).contains(first.token()).doesNotContain("Someone Else");
	}

	@Test
	void whatThePublicSeesOfAnEventDoesNotChangeWithARegistrationSoItCannotTellARepeatFromANewOne() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(5)));
		events.register(community, event.id(), person("Ola Vik", "ola.vik@example.org"), Locale.ENGLISH);
		String before = publicView(event);

		events.register(community, event.id(), person("Ola Vik", "ola.vik@example.org"), Locale.ENGLISH);
		String afterRepeat = publicView(event);
		events.register(community, event.id(), person("Kari Dal", "kari.dal@example.org"), Locale.ENGLISH);
		String afterNew = publicView(event);

		assertThat(afterRepeat).isEqualTo(before).contains("5 plassar, ledige plassar att", "\"full\":false")
			.doesNotContain("seatsTaken\":1");
		assertThat(afterNew).isEqualTo(afterRepeat);
		// The coordinators still see the count.
		assertThat(events.seatsTaken(event.id())).isEqualTo(2);
	}

	/** The facts of the public event page and the event in the public API, as the public gets them. */
	private String publicView(Event event) throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		String page = client.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/sogn-og-fjordane/events/" + event.id())).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		String json = client.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/api/v1/communities/sogn-og-fjordane/events/" + event.id()))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		return page.substring(page.indexOf("<dl class=\"facts\">"), page.indexOf("</dl>")) + json;
	}

	@Test
	void theMailToAnUnconfirmedAddressHoldsNothingTheRegistrantTyped() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(null)));
		var typed = new Register("Vinn ein iPhone: https://svindel.example", "offer@example.org",
				"Klikk https://svindel.example/org", "Send BankID-koden til https://svindel.example/needs");

		events.register(community, event.id(), typed, Locale.forLanguageTag("nn"));

		String mail = (String) smtp.getReceivedMessages()[0].getContent();
		assertThat(mail + smtp.getReceivedMessages()[0].getSubject()).doesNotContain("svindel", "iPhone", "BankID")
			.contains(event.title());
	}

	@Test
	void registrationsAndCancellationsAreAuditedWithoutTheNameOrAddress() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(null)));
		Registration registration = events.register(community, event.id(),
				person("Audun Berg", "audun@example.org"), Locale.ENGLISH);
		events.cancel(community, registration.token());

		var entries = audit.latest(community.slug(), 50).stream()
			.filter(e -> e.subject().equals("event " + event.id()))
			.toList();
		assertThat(entries).extracting(AuditLog.Entry::action)
			.contains("event.registered", "event.registration.cancelled");
		assertThat(entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain("Audun", "audun@"));
	}

	@Test
	void anEventCannotEndBeforeItStarts() {
		Community community = communities.bySlug("sogn-og-fjordane");
		SaveEvent backwards = new SaveEvent(EventKind.PROFESSIONAL_DAY, "Fagdag " + UUID.randomUUID(), null,
				LocalDateTime.of(2030, 5, 1, 9, 0), LocalDateTime.of(2030, 5, 1, 8, 0), "Førde", null, null, 0);
		assertThatThrownBy(() -> SignedIn.asCoordinator(() -> events.create(community, backwards)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("endsAt"));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static SaveEvent event(Integer capacity) {
		return new SaveEvent(EventKind.CONFERENCE, "Fagdag " + UUID.randomUUID(), null, LocalDateTime.of(2030, 5, 1, 9, 0),
				LocalDateTime.of(2030, 5, 1, 15, 0), "Førde", capacity, null, 0);
	}

	private static Register person(String name, String email) {
		return new Register(name, email, null, null);
	}

}
