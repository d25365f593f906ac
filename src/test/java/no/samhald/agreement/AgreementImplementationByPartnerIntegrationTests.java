package no.samhald.agreement;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import no.samhald.Api.Response;
import no.samhald.ApiSession;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A partner's contact records the partner's own implementation of an agreement, in the service and
 * through the API ({@code kinn} for Kinn), and nobody else's. Each test records on an agreement it
 * made, so the demo agreements' implementation stays as other tests read it.
 */
@SamhaldTest
class AgreementImplementationByPartnerIntegrationTests {

	private static final String PASSWORD = "samhald-demo";

	@LocalServerPort
	int port;

	@Autowired
	Agreements agreements;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	UserDetailsService accounts;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void kinnsContactRecordsKinnsImplementationButNotHelseFordes() {
		Agreement agreement = newAgreement();
		long kinn = partner("Kinn").id();
		long helseForde = partner("Helse Førde").id();

		signInAs("kinn");
		PartnerImplementation recorded = agreements.recordImplementation(sogn(), agreement.id(), kinn,
				new RecordImplementation(ImplementationStatus.IN_PROGRESS, "Opplæring av leiarar i gang.", 0));
		assertThat(recorded.status()).isEqualTo(ImplementationStatus.IN_PROGRESS);
		assertThat(recorded.version()).isEqualTo(1);
		assertThatThrownBy(() -> agreements.recordImplementation(sogn(), agreement.id(), helseForde,
				new RecordImplementation(ImplementationStatus.IMPLEMENTED, "", 0)))
			.isInstanceOf(AccessDeniedException.class);

		signInAs("medlem");
		assertThatThrownBy(() -> agreements.recordImplementation(sogn(), agreement.id(), kinn,
				new RecordImplementation(ImplementationStatus.IMPLEMENTED, "", 1)))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(agreements.implementation(sogn().id(), agreement.id())).filteredOn(i -> i.partnerId() == kinn)
			.singleElement()
			.satisfies(i -> assertThat(i.note()).isEqualTo("Opplæring av leiarar i gang."));
	}

	@Test
	void throughTheApiTheContactRecordsOnceAStaleVersionIsAConflictAndOthersAreRefused() {
		Agreement agreement = newAgreement();
		String path = "/api/v1/communities/" + SignedIn.SOGN + "/agreements/" + agreement.id() + "/implementations/";
		long kinn = partner("Kinn").id();
		long helseForde = partner("Helse Førde").id();
		ApiSession kinnsContact = ApiSession.signIn(port, "kinn", PASSWORD);

		Response recorded = kinnsContact.put(path + kinn, implementation("IMPLEMENTED", "Innført i alle einingar.", 0));
		assertThat(recorded.status()).isEqualTo(200);
		assertThat(recorded.json().get("status").asString()).isEqualTo("IMPLEMENTED");
		assertThat(recorded.json().get("version").asInt()).isEqualTo(1);

		Response stale = kinnsContact.put(path + kinn, implementation("IN_PROGRESS", "", 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");

		Response othersPartner = kinnsContact.put(path + helseForde, implementation("IMPLEMENTED", "", 0));
		assertThat(othersPartner.status()).isEqualTo(403);
		assertThat(othersPartner.contentType()).startsWith("application/problem+json");

		Response noStatus = kinnsContact.put(path + kinn, "{\"note\": \"Utan status.\", \"version\": 1}");
		assertThat(noStatus.status()).isEqualTo(400);
		assertThat(noStatus.body()).contains("\"field\":\"status\"");

		Response byCoordinator = ApiSession.signIn(port, "koordinator", PASSWORD)
			.put(path + helseForde, implementation("IN_PROGRESS", "", 0));
		assertThat(byCoordinator.status()).isEqualTo(200);
	}

	private static String implementation(String status, String note, int version) {
		return """
				{"status": "%s", "note": "%s", "version": %d}
				""".formatted(status, note, version);
	}

	private Agreement newAgreement() {
		return SignedIn.asCoordinator(() -> agreements.create(sogn(), new SaveAgreement(AgreementKind.ROUTINE, null,
				"Rutine for partnarar " + UUID.randomUUID(), null, AgreementStatus.IN_FORCE, null, null, 0)));
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
		return partners.all(sogn().id()).stream().filter(p -> p.name().equals(name) || name.equals(p.shortName()))
			.findFirst().orElseThrow();
	}

}
