package no.samhald.partnership;

import org.springframework.security.test.context.support.WithUserDetails;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
@WithUserDetails("koordinator")
class MembershipBrowserTests {

	private static final String FORM = "#add-member-heading + form";

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Forums forums;

	Browser browser;

	Community community;

	Forum forum;

	@BeforeEach
	void aFreshForumAndASignedInCoordinator() {
		community = communities.bySlug("sogn-og-fjordane");
		forum = forums.create(community, new SaveForum(ForumKind.PROFESSIONAL_NETWORK,
				"Nettverk " + UUID.randomUUID().toString().substring(0, 8), null, null, null, null, true, 0));
		browser = new Browser(port).reset().signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/forums/" + forum.id());
	}

	@Test
	void anEndDateBeforeTheStartDateIsShownBesideTheFieldAndTheInputIsKept() {
		browser.choose("#personId", "Maren Tveit")
			.choose("#role", "Nestleiar")
			.choose("#representation", "Fastlege")
			.setValue("#startDate", "2025-03-01")
			.setValue("#endDate", "2025-02-01")
			.submit(FORM);

		assertThat(browser.text("#endDate-error")).isEqualTo("Sluttdatoen kan ikkje vere før startdatoen.");
		assertThat(browser.find("#endDate").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.chosen("#personId")).isEqualTo("Maren Tveit");
		assertThat(browser.chosen("#role")).isEqualTo("Nestleiar");
		assertThat(browser.chosen("#representation")).isEqualTo("Fastlege");
		assertThat(browser.value("#startDate")).isEqualTo("2025-03-01");
		assertThat(browser.value("#endDate")).isEqualTo("2025-02-01");
		assertThat(forums.members(community.id(), forum.id())).isEmpty();
	}

	@Test
	void aGpAndAUserRepresentativeMakeTheRepresentationWarningGo() {
		assertThat(browser.text("#representation-gaps")).contains("ingen brukarrepresentant", "ingen fastlege");

		browser.choose("#personId", "Sindre Myklebust").choose("#representation", "Fastlege")
			.setValue("#startDate", "2024-01-01").submit(FORM);
		assertThat(browser.currentPath()).endsWith("?memberAdded#members");
		assertThat(browser.text("#representation-gaps")).contains("ingen brukarrepresentant")
			.doesNotContain("ingen fastlege");

		browser.choose("#personId", "Oddvar Ness").choose("#representation", "Brukarrepresentant")
			.choose("#partnerId", "FFO Vestland").setValue("#startDate", "2024-01-01").submit(FORM);
		assertThat(browser.findAll("#representation-gaps")).isEmpty();
		assertThat(browser.text("table.table")).contains("Sindre Myklebust", "Oddvar Ness", "FFO Vestland");
		assertThat(forums.representationGaps(community.id(), forum.id())).isEmpty();
	}

	@Test
	void anEndedSeatNoLongerCountsForRepresentation() {
		browser.choose("#personId", "Sindre Myklebust").choose("#representation", "Fastlege")
			.setValue("#startDate", "2024-01-01").submit(FORM);
		assertThat(browser.text("#representation-gaps")).doesNotContain("ingen fastlege");

		browser.setValue("table.table input[name=lastDay]", "2024-06-30");
		browser.submit("table.table form");

		assertThat(browser.text("main .alert.success")).isEqualTo("Medlemskapet er avslutta.");
		assertThat(browser.text("#representation-gaps")).contains("ingen fastlege");
	}

}
