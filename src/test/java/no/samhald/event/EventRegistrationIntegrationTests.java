package no.samhald.event;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
class EventRegistrationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Events events;

	@Autowired
	Communities communities;

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
		assertThat((String) sent[0].getContent()).contains("/sogn-og-fjordane/events/cancel/" + first.token());
		assertThat(sent[1].getSubject()).startsWith("Venteliste");

		events.cancel(community, first.token());
		assertThat(events.registrations(community.id(), event.id()))
			.extracting(Registration::status)
			.containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(smtp.getReceivedMessages()[2].getSubject()).startsWith("Du har fått plass");
	}

	@Test
	void theSameAddressCannotRegisterTwice() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Event event = SignedIn.asCoordinator(() -> events.create(community, event(null)));
		events.register(community, event.id(), person("Ola Vik", "ola@example.org"), Locale.ENGLISH);
		assertThatThrownBy(() -> events.register(community, event.id(),
				person("Ola Vik", "OLA@example.org"), Locale.ENGLISH))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("event.registration.duplicate"));
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

	private static SaveEvent event(Integer capacity) {
		return new SaveEvent(EventKind.CONFERENCE, "Fagdag " + UUID.randomUUID(), null, LocalDateTime.of(2030, 5, 1, 9, 0),
				LocalDateTime.of(2030, 5, 1, 15, 0), "Førde", capacity, null, 0);
	}

	private static Register person(String name, String email) {
		return new Register(name, email, null, null);
	}

}
