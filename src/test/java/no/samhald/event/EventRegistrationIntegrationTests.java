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

	@Autowired
	UnconfirmedRegistrations unconfirmed;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	/**
	 * An unconfirmed registration keeps a name and an address: after 72 hours its link is dead (the
	 * page of an unknown link), and the job deletes it, counting in the audit; confirmed ones and
	 * younger ones stay.
	 */
	@Test
	void aRegistrationLeftUnconfirmedForThreeDaysIsDeletedAndItsLinkThenSaysWhatAnUnknownLinkSays() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(null)));
		Registration old = events.register(community, event.id(), person("Eir Hauge", "eir@example.org"), Locale.ENGLISH);
		Registration young = events.register(community, event.id(), person("Tor Nes", "tor@example.org"), Locale.ENGLISH);
		Registration confirmedLongAgo = confirmed(community, event, person("Siv Aa", "siv@example.org"));
		registeredHoursAgo(old, 73);
		registeredHoursAgo(young, 71);
		registeredHoursAgo(confirmedLongAgo, 200);
		String unknownLink = linkPage("confirm/" + UUID.randomUUID());
		assertThat(unknownLink).contains("not confirmed within 72 hours");

		// Dead before the job has run: the page of an unknown link, and confirming does nothing.
		assertThat(linkPage("confirm/" + old.token())).isEqualTo(unknownLink);
		assertThat(linkPage("cancel/" + old.token())).isEqualTo(unknownLink);
		assertThatThrownBy(() -> events.confirm(community, old.token()))
			.isInstanceOf(no.samhald.platform.NotFoundException.class);

		assertThat(unconfirmed.deleteExpired(clock.instant())).isEqualTo(1);

		assertThat(events.registrations(community.id(), event.id())).extracting(Registration::id)
			.containsExactlyInAnyOrder(young.id(), confirmedLongAgo.id());
		assertThat(linkPage("confirm/" + old.token())).isEqualTo(unknownLink);
		assertThat(events.confirm(community, young.token()).status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(audit.latest(community.slug(), 20)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("event.registrations.unconfirmed-deleted");
			assertThat(e.detail()).startsWith("1 ").doesNotContain("Eir", "eir@");
		});
		assertThat((String) received("Confirm your registration").getContent()).contains("72 hours");
	}

	/** The address of an unconfirmed registration whose link is dead may register anew and gets a working link. */
	@Test
	void anAddressWhoseUnconfirmedRegistrationExpiredRegistersAnew() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(null)));
		Registration old = events.register(community, event.id(), person("Eir Hauge", "eir@example.org"), Locale.ENGLISH);
		registeredHoursAgo(old, 73);

		Registration anew = events.register(community, event.id(), person("Eir Hauge", "eir@example.org"), Locale.ENGLISH);

		assertThat(anew.token()).isNotEqualTo(old.token());
		assertThat(events.registrations(community.id(), event.id())).extracting(Registration::id).containsExactly(anew.id());
		assertThat(events.confirm(community, anew.token()).status()).isEqualTo(RegistrationStatus.REGISTERED);
	}

	/**
	 * Registering again while unconfirmed sends the link again, and the link works for the whole
	 * time from then: counted from the first registration, a link sent again at hour 71 died an hour later.
	 */
	@Test
	void aLinkSentAgainWorksForTheWholeTimeFromItsSending() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(null)));
		Registration first = events.register(community, event.id(), person("Eir Hauge", "eir@example.org"), Locale.ENGLISH);
		registeredHoursAgo(first, 71);

		events.register(community, event.id(), person("Eir Hauge", "eir@example.org"), Locale.ENGLISH);

		Registration asked = events.byToken(community.id(), first.token());
		java.time.Instant inTwoHours = clock.instant().plus(java.time.Duration.ofHours(2));
		assertThat(unconfirmed.isExpired(asked, inTwoHours)).isFalse();
		assertThat(unconfirmed.isExpired(asked, clock.instant().plus(java.time.Duration.ofHours(73)))).isTrue();
		assertThat(events.registrations(community.id(), event.id())).extracting(Registration::id).containsExactly(first.id());
	}

	private void registeredHoursAgo(Registration registration, int hours) {
		jdbc.sql("update registration set registered_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofHours(hours))))
			.param("id", registration.id())
			.update();
	}

	/** The status and the page's own text for a link of the mail (in English), as the public opens it. */
	private String linkPage(String link) throws Exception {
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/sogn-og-fjordane/events/" + link + "?lang=en"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		String page = response.body();
		return response.statusCode() + " " + page.substring(page.indexOf("<h1"), page.indexOf("</section>"));
	}

	@Test
	void aRegistrationTakesItsSeatWhenTheAddressConfirmsItTheNextWaitsThenMovesUpWhenASeatIsFreed() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(1)));

		Registration first = events.register(community, event.id(), person("Astri Loen", "astri@example.org"), Locale.forLanguageTag("nn"));
		Registration second = events.register(community, event.id(), person("Kjetil Berge", "kjetil@example.org"), Locale.forLanguageTag("nb"));
		assertThat(first.status()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(second.status()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(events.isFull(event)).isFalse();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat((String) received("Stadfest påmeldinga").getContent())
			.contains("/sogn-og-fjordane/events/confirm/" + first.token()).doesNotContain("Astri Loen");

		// The seats go in the order the addresses confirm.
		assertThat(events.confirm(community, second.token()).status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(events.confirm(community, first.token()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(events.confirm(community, first.token()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(smtp.getReceivedMessages()).hasSize(4);
		MimeMessage seat = received("Påmelding bekreftet");
		assertThat(seat.getAllRecipients()[0].toString()).isEqualTo("kjetil@example.org");
		assertThat((String) seat.getContent()).contains("/sogn-og-fjordane/events/cancel/" + second.token())
			.doesNotContain("Kjetil Berge");
		assertThat(received("Venteliste").getAllRecipients()[0].toString()).isEqualTo("astri@example.org");

		events.cancel(community, second.token());
		assertThat(events.registrations(community.id(), event.id()))
			.extracting(Registration::status)
			.containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.CANCELLED);
		assertThat(smtp.getReceivedMessages()).hasSize(5);
		assertThat(received("Du har fått plass").getAllRecipients()[0].toString()).isEqualTo("astri@example.org");
	}

	@Test
	void registeringAnAddressAgainGetsTheAnswerOfANewRegistrationAndOnlyTheOwnerIsToldByMail() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(1)));
		Registration first = confirmed(community, event, person("Ola Vik", "ola@example.org"));
		Registration newcomer = events.register(community, event.id(), person("Kari Dal", "kari@example.org"), Locale.ENGLISH);

		Registration again = events.register(community, event.id(),
				person("Someone Else", "OLA@example.org"), Locale.ENGLISH);

		assertThat(newcomer.status()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(again.status()).isEqualTo(newcomer.status());
		assertThat(again.token()).isNotEqualTo(first.token());
		assertThat(events.registrations(community.id(), event.id())).hasSize(2);
		assertThat(smtp.getReceivedMessages()).hasSize(4);
		MimeMessage told = received("You are already registered");
		assertThat(told.getAllRecipients()[0].toString()).isEqualTo("ola@example.org");
		assertThat((String) told.getContent()).contains(first.token()).doesNotContain("Someone Else");
	}

	/**
	 * At the last free seat a new registration used to fill the event and a repeat did not, so
	 * "full" told them apart. Now neither takes a seat until the owner of the address confirms.
	 */
	@Test
	void atTheLastFreeSeatANewRegistrationAndARepeatLeaveTheEventAndTheNextAnswerAlike() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event repeated = SignedIn.asCoordinator(() -> events.create(community, event(2)));
		Event joined = SignedIn.asCoordinator(() -> events.create(community, event(2)));
		confirmed(community, repeated, person("Ola Vik", "ola.vik@example.org"));
		confirmed(community, joined, person("Ola Vik", "ola.vik@example.org"));

		Registration repeat = events.register(community, repeated.id(), person("Ola Vik", "ola.vik@example.org"), Locale.ENGLISH);
		Registration newcomer = events.register(community, joined.id(), person("Kari Dal", "kari.dal@example.org"), Locale.ENGLISH);

		assertThat(repeat.status()).isEqualTo(newcomer.status());
		assertThat(events.isFull(repeated)).isEqualTo(events.isFull(joined)).isFalse();
		Registration next = events.register(community, repeated.id(), person("Per Ås", "per.as@example.org"), Locale.ENGLISH);
		Registration nextToo = events.register(community, joined.id(), person("Per Ås", "per.as@example.org"), Locale.ENGLISH);
		assertThat(next.status()).isEqualTo(nextToo.status());
		// The waiting list still works: the owner who confirms at a full event waits.
		assertThat(events.confirm(community, newcomer.token()).status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(events.confirm(community, nextToo.token()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	@Test
	void whatThePublicSeesOfAnEventDoesNotChangeWithARegistrationSoItCannotTellARepeatFromANewOne() throws Exception {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(5)));
		confirmed(community, event, person("Ola Vik", "ola.vik@example.org"));
		String before = publicView(event);

		events.register(community, event.id(), person("Ola Vik", "ola.vik@example.org"), Locale.ENGLISH);
		String afterRepeat = publicView(event);
		confirmed(community, event, person("Kari Dal", "kari.dal@example.org"));
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

	private static MimeMessage received(String subjectStart) {
		return java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).startsWith(subjectStart))
			.findFirst()
			.orElseThrow();
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

	/** Registers and confirms, as the owner of the address does with the link in the mail. */
	private Registration confirmed(Community community, Event event, Register person) {
		return events.confirm(community, events.register(community, event.id(), person, Locale.ENGLISH).token());
	}

	private static Register person(String name, String email) {
		return new Register(name, email, null, null);
	}

}
