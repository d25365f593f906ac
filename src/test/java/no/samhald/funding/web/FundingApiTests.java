package no.samhald.funding.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import tools.jackson.databind.JsonNode;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.funding.Funding;
import no.samhald.funding.Grant;
import no.samhald.funding.GrantUse;
import no.samhald.funding.SaveGrant;
import no.samhald.funding.SaveUse;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
@WithUserDetails("koordinator")
class FundingApiTests {

	private static final String SFJ = "/api/v1/communities/sogn-og-fjordane";

	@LocalServerPort
	int port;

	@Autowired
	Funding funding;

	@Autowired
	Communities communities;

	@Test
	void theGrantsComeWithTheirUsesWhatIsSpentAndWhatIsLeft() {
		JsonNode all = new Api(port).get(SFJ + "/funding").json();
		JsonNode latest = all.valueStream().filter(g -> g.get("title").asString().equals("Sekretariatsmidlar 2022"))
			.findFirst().orElseThrow();
		assertThat(latest.get("amount").asLong()).isEqualTo(500_000);
		assertThat(latest.get("spent").asLong()).isEqualTo(134_500);
		assertThat(latest.get("balance").asLong()).isEqualTo(365_500);
		assertThat(latest.get("uses").valueStream().map(u -> u.get("amount").asLong())).containsExactly(96_000L, 38_500L);

		var one = new Api(port).get(SFJ + "/funding/" + latest.get("id").asLong());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("uses").size()).isEqualTo(2);
		assertThat(new Api(port).get(SFJ + "/funding/999999").status()).isEqualTo(404);
	}

	@Test
	void aStaleCorrectionComesBackWithWhatChangedAndAStaleRemovalIsAConflict() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Grant grant = funding.register(community,
				new SaveGrant("Tilskot " + UUID.randomUUID(), null, null, 2026, 100_000L, null, null, 0));
		GrantUse use = funding.spend(community, grant.id(), new SaveUse(LocalDate.of(2026, 2, 1), "Kurs", 10_000L, 0));
		funding.correctUse(community, grant.id(), use.id(),
				new SaveUse(use.spentOn(), "Kurs for tilsette", 12_000L, use.version()));
		var coordinator = new Api(port).as("koordinator", "samhald-demo");
		String usePath = "/sogn-og-fjordane/funding/" + grant.id() + "/uses/" + use.id();

		var stale = coordinator.postForm(usePath, Map.of("spentOn", "2026-02-01", "description", "Kurs",
				"amount", "9000", "version", String.valueOf(use.version())));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Nokon andre har endra dette medan du skreiv", "Beløp (kr)");
		assertThat(funding.use(community.id(), grant.id(), use.id()).amount()).isEqualTo(12_000);

		var staleRemoval = coordinator.postForm(usePath + "/remove", Map.of("version", String.valueOf(use.version())));
		assertThat(staleRemoval.status()).isEqualTo(409);
		assertThat(funding.account(community.id(), grant.id()).uses()).hasSize(1);
	}

	@Test
	void aCoordinatorOfAnotherCommunityCannotRemoveAGrant() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Grant grant = funding.register(community,
				new SaveGrant("Tilskot " + UUID.randomUUID(), null, null, 2026, 100_000L, null, null, 0));
		var response = new Api(port).as("vestfold", "samhald-demo")
			.postForm("/sogn-og-fjordane/funding/" + grant.id() + "/remove", Map.of("version", String.valueOf(grant.version())));
		assertThat(response.status()).isEqualTo(403);
		assertThat(funding.account(community.id(), grant.id()).grant().title()).isEqualTo(grant.title());
	}

}
