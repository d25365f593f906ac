package no.samhald.deviation;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import no.samhald.Api.Response;
import no.samhald.ApiSession;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The receiving partner's contact answers the deviations their partner received, in the service
 * and through the API, with the demo accounts' real grants: {@code sjukehus} (Helse Førde) and
 * {@code kinn} (Kinn). Every deviation here is made by the test, so demo reports stay as they are.
 */
@SamhaldTest
@RecordApplicationEvents
class DeviationPartnerContactIntegrationTests {

	private static final String PASSWORD = "samhald-demo";

	@LocalServerPort
	int port;

	@Autowired
	Deviations deviations;

	@Autowired
	DeviationReader reader;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void theHospitalsContactSeesAndAnswersWhatHelseFordeReceivedAndKinnsContactIsRefused() {
		Deviation received = reported("Sogndal", "Helse Førde");

		signInAs("sjukehus");
		assertThat(reader.visible(sogn(), null)).extracting(Deviation::id)
			.contains(received.id());
		assertThat(reader.visible(sogn(), partner("Helse Førde").id()))
			.extracting(Deviation::id)
			.contains(received.id());
		Deviation answered = deviations.answer(sogn(), received.id(),
				new AnswerDeviation("Vi har gått gjennom rutinen for epikrise.", "Ny sjekkliste ved utskriving.",
						received.version()));

		assertThat(answered.status()).isEqualTo(DeviationStatus.ANSWERED);
		assertThat(answered.answeredBy()).isEqualTo("sjukehus");
		assertThat(events.stream(DeviationAnswered.class)).anyMatch(e -> e.deviationId() == received.id()
				&& e.receivingPartnerId() == partner("Helse Førde").id() && e.reportedBy().equals(received.reportedBy()));

		signInAs("kinn");
		assertThat(reader.visible(sogn(), null)).extracting(Deviation::id)
			.doesNotContain(received.id());
		assertThatThrownBy(() -> reader.get(sogn(), received.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> deviations.answer(sogn(), received.id(),
				new AnswerDeviation("Svar frå Kinn.", null, answered.version())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aContactSeesWhatTheirPartnerReportedButOnlyTheReceiverAnswersIt() {
		Deviation fromKinn = reported("Kinn", "Helse Førde");

		signInAs("kinn");
		assertThat(reader.visible(sogn(), null)).extracting(Deviation::id)
			.contains(fromKinn.id());
		assertThat(reader.get(sogn(), fromKinn.id()).id()).isEqualTo(fromKinn.id());
		assertThatThrownBy(() -> deviations.answer(sogn(), fromKinn.id(),
				new AnswerDeviation("Svar.", null, fromKinn.version())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> deviations.startHandling(sogn(), fromKinn.id(), fromKinn.version()))
			.isInstanceOf(AccessDeniedException.class);

		signInAs("medlem");
		assertThatThrownBy(() -> reader.get(sogn(), fromKinn.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theReceiversContactStartsHandlingButOnlyACoordinatorCloses() {
		Deviation received = reported("Luster", "Helse Førde");

		signInAs("sjukehus");
		Deviation handled = deviations.startHandling(sogn(), received.id(), received.version());
		assertThat(handled.status()).isEqualTo(DeviationStatus.IN_PROGRESS);
		assertThatThrownBy(() -> deviations.close(sogn(), received.id(), handled.version()))
			.isInstanceOf(AccessDeniedException.class);

		signInAs("koordinator");
		assertThat(deviations.close(sogn(), received.id(), handled.version()).status())
			.isEqualTo(DeviationStatus.CLOSED);
	}

	@Test
	void throughTheApiTheContactAnswersOnceAndAStaleVersionIsAConflict() {
		Deviation received = reported("Stryn", "Helse Førde");
		String answers = "/api/v1/communities/" + SignedIn.SOGN + "/deviations/" + received.id() + "/answers";
		ApiSession sjukehus = ApiSession.signIn(port, "sjukehus", PASSWORD);

		Response created = sjukehus.post(answers, answer("Rutinen er endra.", received.version()));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).endsWith("/api/v1/communities/" + SignedIn.SOGN + "/deviations/" + received.id());
		assertThat(created.json().get("status").asString()).isEqualTo("ANSWERED");
		assertThat(created.json().get("answer").asString()).isEqualTo("Rutinen er endra.");

		Response stale = sjukehus.post(answers, answer("Eit anna svar.", received.version()));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");

		Response list = sjukehus.get("/api/v1/communities/" + SignedIn.SOGN + "/deviations");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().valueStream().map(d -> d.get("id").asLong())).contains(received.id());
	}

	@Test
	void throughTheApiOthersAreRefusedAndABlankAnswerNamesTheField() {
		Deviation received = reported("Vik", "Helse Førde");
		String answers = "/api/v1/communities/" + SignedIn.SOGN + "/deviations/" + received.id() + "/answers";

		for (String other : new String[] { "kinn", "medlem", "vestfold" }) {
			Response refused = ApiSession.signIn(port, other, PASSWORD).post(answers, answer("Svar.", received.version()));
			assertThat(refused.status()).as(other).isEqualTo(403);
			assertThat(refused.contentType()).as(other).startsWith("application/problem+json");
		}
		Response medlemsList = ApiSession.signIn(port, "medlem", PASSWORD)
			.get("/api/v1/communities/" + SignedIn.SOGN + "/deviations");
		assertThat(medlemsList.json().valueStream().map(d -> d.get("id").asLong())).doesNotContain(received.id());

		Response blank = ApiSession.signIn(port, "koordinator", PASSWORD).post(answers, answer(" ", received.version()));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("\"field\":\"answer\"");
	}

	private static String answer(String text, int version) {
		return """
				{"answer": "%s", "improvementMeasure": "Opplæring i avdelinga.", "version": %d}
				""".formatted(text, version);
	}

	/** A report from one partner to another by a health worker of the community, made for this test. */
	private Deviation reported(String from, String to) {
		SignedIn.as("helsearbeidar-" + UUID.randomUUID().toString().substring(0, 8), Role.MEMBER, SignedIn.SOGN);
		try {
			return deviations.report(sogn(), new ReportDeviation(partner(from).id(), partner(to).id(),
					deviations.today().minusDays(2), DeviationCategory.DISCHARGE, null,
					"Pasienten kom heim utan epikrise.", "Forseinka oppfølging i heimetenesta.",
					"Synergi " + UUID.randomUUID().toString().substring(0, 6)));
		}
		finally {
			SignedIn.out();
		}
	}

	/** Acts as the demo account with the roles it really holds (scoped grants included). */
	private void signInAs(String username) {
		var user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

	private Partner partner(String name) {
		return partners.all(sogn().id()).stream().filter(p -> p.name().equals(name) || name.equals(p.shortName())).findFirst().orElseThrow();
	}

}
