package no.samhald.deviation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contact acts for their partner and every partner below it, never above or beside it: the
 * demo's {@code sjukehus} holds Helse Førde only and answers for its hospitals; a contact of
 * Nordfjord sjukehus acts neither for the trust above nor for Lærdal sjukehus beside it.
 */
@SamhaldTest
class DeviationPartnerContactHierarchyIntegrationTests {

	@Autowired
	Deviations deviations;

	@Autowired
	DeviationReader reader;

	@Autowired
	Access access;

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
	void helseFordesContactAnswersWhatNordfjordSjukehusReceived() {
		Deviation received = reported("Stad", "Nordfjord sjukehus");

		signIn(accounts.loadUserByUsername("sjukehus"));
		assertThat(access.canActForPartner(SignedIn.SOGN, partner("Nordfjord sjukehus").id())).isTrue();
		assertThat(reader.partnersActedFor(sogn())).extracting(Partner::name)
			.contains("Helse Førde", "Førde sentralsjukehus", "Nordfjord sjukehus", "Lærdal sjukehus");
		assertThat(reader.get(sogn(), received.id()).id()).isEqualTo(received.id());
		Deviation answered = deviations.answer(sogn(), received.id(),
				new AnswerDeviation("Helseføretaket har endra rutinen for epikrise.", null, received.version()));

		assertThat(answered.status()).isEqualTo(DeviationStatus.ANSWERED);
		assertThat(answered.answeredBy()).isEqualTo("sjukehus");
	}

	@Test
	void nordfjordSjukehusContactActsNeitherForTheTrustAboveNorTheHospitalBeside() {
		Deviation toTrust = reported("Stryn", "Helse Førde");
		Deviation toLaerdal = reported("Luster", "Lærdal sjukehus");
		long nordfjord = partner("Nordfjord sjukehus").id();

		signIn(new SignedInUser("nordfjord-kontakt", "", false, "Kontakt", Role.MEMBER, SignedIn.SOGN, null,
				List.of(new Grant(Role.PARTNER_CONTACT, SignedIn.SOGN, nordfjord))));
		assertThat(access.canActForPartner(SignedIn.SOGN, nordfjord)).isTrue();
		assertThat(access.canActForPartner(SignedIn.SOGN, partner("Helse Førde").id())).isFalse();
		assertThat(access.canActForPartner(SignedIn.SOGN, partner("Lærdal sjukehus").id())).isFalse();
		assertThat(access.scopesOf(Role.PARTNER_CONTACT, SignedIn.SOGN)).containsExactly(nordfjord);
		assertThat(reader.visible(sogn(), null)).extracting(Deviation::id)
			.doesNotContain(toTrust.id(), toLaerdal.id());
		for (Deviation other : List.of(toTrust, toLaerdal)) {
			assertThatThrownBy(() -> deviations.answer(sogn(), other.id(),
					new AnswerDeviation("Svar frå Nordfjord.", null, other.version())))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	/** A report to the partner by a health worker of the community, made for this test. */
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

	private static void signIn(org.springframework.security.core.userdetails.UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

	private Partner partner(String name) {
		return partners.all(sogn().id()).stream()
			.filter(p -> p.name().equals(name) || name.equals(p.shortName()))
			.findFirst()
			.orElseThrow();
	}

}
