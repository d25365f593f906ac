package no.samhald.deviation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deviation module on its own, with only the modules it may use (platform, community,
 * partnership, plan) on the same embedded PostgreSQL and demo data as {@code @SamhaldTest}: a
 * report publishes {@link DeviationReported} for the notification module, which is not started
 * here. A module test has its own context by nature, so its properties are its own too: a
 * throw-away database ({@code data-dir} empty) and no schedules, as in {@code @SamhaldTest}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "samhald.db.data-dir=", "samhald.demo-data=true", "samhald.schedules=false" })
class DeviationModuleTests {

	@Autowired
	Deviations deviations;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aReportPublishesItsEventForTheReceivingPartner(Scenario scenario) {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		Partner kinn = partner(sogn, "Kinn");
		Partner hospital = partner(sogn, "Førde sentralsjukehus");
		signIn("helsearbeidar-modul", sogn.slug());

		scenario.stimulate(() -> deviations.report(sogn, new ReportDeviation(kinn.id(), hospital.id(),
				deviations.today().minusDays(1), DeviationCategory.MEDICATION, null,
				"Legemiddellista i epikrisa mangla ei endring.", "Usikker dose første kvelden.", "Synergi modul-1")))
			.andWaitForEventOfType(DeviationReported.class)
			.matchingMappedValue(DeviationReported::receivingPartnerId, hospital.id())
			.toArriveAndVerify((event, saved) -> {
				assertThat(event.deviationId()).isEqualTo(saved.id());
				assertThat(event.communityId()).isEqualTo(sogn.id());
				assertThat(event.reportingPartnerId()).isEqualTo(kinn.id());
				assertThat(event.category()).isEqualTo(DeviationCategory.MEDICATION);
				assertThat(event.answerDue()).isEqualTo(deviations.today().plusWeeks(Deviation.ANSWER_WEEKS));
			});
	}

	private Partner partner(Community community, String name) {
		return partners.all(community.id()).stream()
			.filter(p -> p.name().equals(name) || name.equals(p.shortName()))
			.findFirst()
			.orElseThrow();
	}

	private static void signIn(String username, String communitySlug) {
		var user = new SignedInUser(username, "unused", false, username, Role.MEMBER, communitySlug);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
