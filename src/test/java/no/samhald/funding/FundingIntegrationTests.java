package no.samhald.funding;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
class FundingIntegrationTests {

	@Autowired
	Funding funding;

	@Autowired
	Communities communities;

	@Test
	void theSecretariatFundsOfTheAnnualReportAreThere() {
		var accounts = funding.accounts(communities.bySlug("sogn-og-fjordane").id());
		assertThat(accounts).filteredOn(a -> a.grant().title().startsWith("Sekretariatsmidlar"))
			.extracting(a -> a.grant().amount())
			.containsExactly(500_000L, 500_000L, 250_000L);
	}

	@Test
	void noMoreCanBeSpentThanIsLeft() {
		Community community = communities.bySlug("sogn-og-fjordane");
		var details = new GrantDetails();
		details.setTitle("Tilskot " + UUID.randomUUID());
		details.setYear(2026);
		details.setAmount(100_000L);
		Grant grant = funding.register(community.id(), community.slug(), details);
		funding.spend(community.id(), community.slug(), grant.id(), use(60_000));

		assertThatThrownBy(() -> funding.spend(community.id(), community.slug(), grant.id(), use(50_000)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("funding.use.exceeds"));
		assertThat(funding.account(community.id(), grant.id()).balance()).isEqualTo(40_000);
	}

	private static UseDetails use(long amount) {
		var use = new UseDetails();
		use.setSpentOn(LocalDate.of(2026, 3, 1));
		use.setDescription("Møtekostnader");
		use.setAmount(amount);
		return use;
	}

}
