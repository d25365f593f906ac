package no.samhald.funding;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
@WithUserDetails("koordinator")
class FundingIntegrationTests {

	@Autowired
	Funding funding;

	@Autowired
	Communities communities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatFundsOfTheAnnualReportAreThere() {
		var accounts = funding.accounts(sognOgFjordane().id());
		assertThat(accounts).filteredOn(a -> a.grant().title().startsWith("Sekretariatsmidlar"))
			.extracting(a -> a.grant().amount())
			.containsExactly(500_000L, 500_000L, 250_000L);
	}

	@Test
	void noMoreCanBeSpentThanIsLeft() {
		Community community = sognOgFjordane();
		Grant grant = newGrant(community, 100_000);
		funding.spend(community, grant.id(), use(60_000));

		assertExceeds(() -> funding.spend(community, grant.id(), use(50_000)));
		assertThat(funding.account(community.id(), grant.id()).balance()).isEqualTo(40_000);
	}

	@Test
	void aCorrectedUseMayUseWhatItHadPlusWhatIsLeftButNoMore() {
		Community community = sognOgFjordane();
		Grant grant = newGrant(community, 100_000);
		GrantUse first = funding.spend(community, grant.id(), use(60_000));
		funding.spend(community, grant.id(), use(30_000));

		assertExceeds(() -> funding.correctUse(community, grant.id(), first.id(), use(70_001, first.version())));
		funding.correctUse(community, grant.id(), first.id(), use(70_000, first.version()));

		assertThat(funding.account(community.id(), grant.id()).balance()).isZero();
	}

	@Test
	void aGrantCannotBeCorrectedBelowWhatIsSpent() {
		Community community = sognOgFjordane();
		Grant grant = newGrant(community, 100_000);
		funding.spend(community, grant.id(), use(60_000));

		assertThatThrownBy(() -> funding.update(community, grant.id(), grantOf(grant, 59_999)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("funding.grant.belowSpent"));
		Grant corrected = funding.update(community, grant.id(), grantOf(grant, 60_000));

		assertThat(corrected.amount()).isEqualTo(60_000);
		assertThat(lastAudit(community, "grant.updated")).isEqualTo("amount");
	}

	@Test
	void aGrantWithUsesIsRefusedRemovalUntilItsUsesAreRemoved() {
		Community community = sognOgFjordane();
		Grant grant = newGrant(community, 100_000);
		GrantUse spent = funding.spend(community, grant.id(), use(10_000));

		assertThatThrownBy(() -> funding.remove(community, grant.id(), grant.version()))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("funding.grant.hasUses"));
		funding.removeUse(community, grant.id(), spent.id(), spent.version());
		assertThat(funding.account(community.id(), grant.id()).balance()).isEqualTo(100_000);
		funding.remove(community, grant.id(), grant.version());

		assertThatThrownBy(() -> funding.account(community.id(), grant.id())).isInstanceOf(NotFoundException.class);
		assertThat(lastAudit(community, "grant.use.removed")).contains("use " + spent.id(), "10000");
		assertThat(lastAudit(community, "grant.removed")).contains(grant.title());
	}

	@Test
	void aStaleCorrectionOrRemovalIsRefusedAndNothingIsOverwritten() {
		Community community = sognOgFjordane();
		Grant grant = newGrant(community, 100_000);
		GrantUse seen = funding.spend(community, grant.id(), use(10_000));
		funding.correctUse(community, grant.id(), seen.id(), use(20_000, seen.version()));

		assertThatThrownBy(() -> funding.correctUse(community, grant.id(), seen.id(), use(5_000, seen.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> funding.removeUse(community, grant.id(), seen.id(), seen.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(funding.use(community.id(), grant.id(), seen.id()).amount()).isEqualTo(20_000);

		funding.update(community, grant.id(), grantOf(grant, 90_000));
		assertThatThrownBy(() -> funding.update(community, grant.id(), grantOf(grant, 80_000)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> funding.remove(community, grant.id(), grant.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(funding.account(community.id(), grant.id()).grant().amount()).isEqualTo(90_000);
	}

	@Test
	void aCoordinatorOfAnotherCommunityCanNeitherRegisterNorChangeNorRemove() {
		Community community = sognOgFjordane();
		Grant grant = newGrant(community, 100_000);
		GrantUse spent = funding.spend(community, grant.id(), use(10_000));
		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");

		assertThatThrownBy(() -> newGrant(community, 1_000)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> funding.spend(community, grant.id(), use(1_000))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> funding.update(community, grant.id(), grantOf(grant, 1_000)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> funding.correctUse(community, grant.id(), spent.id(), use(1_000, spent.version())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> funding.removeUse(community, grant.id(), spent.id(), spent.version()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> funding.remove(community, grant.id(), grant.version()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(funding.account(community.id(), grant.id()).spent()).isEqualTo(10_000);
	}

	@Test
	void aGrantOfAnotherCommunityIsNotFoundThroughThisOne() {
		Community vestfold = communities.bySlug("vestfold");
		Grant grant = newGrant(sognOgFjordane(), 100_000);
		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");

		assertThatThrownBy(() -> funding.remove(vestfold, grant.id(), grant.version()))
			.isInstanceOf(NotFoundException.class);
	}

	private Grant newGrant(Community community, long amount) {
		return funding.register(community,
				new SaveGrant("Tilskot " + UUID.randomUUID(), null, null, 2026, amount, null, null, 0));
	}

	private static SaveGrant grantOf(Grant grant, long amount) {
		return new SaveGrant(grant.title(), grant.source(), grant.recipientPartnerId(), grant.year(), amount,
				grant.purpose(), grant.reportingForumId(), grant.version());
	}

	private static SaveUse use(long amount) {
		return use(amount, 0);
	}

	private static SaveUse use(long amount, int version) {
		return new SaveUse(LocalDate.of(2026, 3, 1), "Møtekostnader", amount, version);
	}

	private static void assertExceeds(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("funding.use.exceeds"));
	}

	private String lastAudit(Community community, String action) {
		return jdbc.sql("select detail from audit_entry where community_slug = :c and action = :a order by id desc limit 1")
			.param("c", community.slug())
			.param("a", action)
			.query(String.class)
			.single();
	}

	private Community sognOgFjordane() {
		return communities.bySlug("sogn-og-fjordane");
	}

}
