package no.samhald.agreement;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
@WithUserDetails("koordinator")
class AgreementsIntegrationTests {

	@Autowired
	Agreements agreements;

	@Autowired
	Communities communities;

	@Test
	void theDemoAgreementStructureHasTheFrameworkAgreementAndNineteenSubAgreements() {
		var all = agreements.all(sognOgFjordane().id());
		assertThat(all).filteredOn(a -> a.kind() == AgreementKind.FRAMEWORK).hasSize(1);
		assertThat(all).filteredOn(a -> a.kind() == AgreementKind.SUB_AGREEMENT && a.number() != null).hasSize(19);
	}

	@Test
	void anAdoptedVersionBecomesTheTextInForceAndEndsTheRevision() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.UNDER_REVISION);
		agreements.adopt(community, agreement.id(), version("2024", LocalDate.of(2024, 1, 10)));
		agreements.adopt(community, agreement.id(), version("2025", LocalDate.of(2025, 2, 1)));

		assertThat(agreements.versionInForce(community.id(), agreement.id())).get()
			.extracting(AgreementVersion::label).isEqualTo("2025");
		assertThat(agreements.get(community.id(), agreement.id()).status()).isEqualTo(AgreementStatus.IN_FORCE);
	}

	@Test
	void aVersionLabelIsUsedOnceAndAnAdoptionDateCannotBeInTheFuture() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.DRAFT);
		agreements.adopt(community, agreement.id(), version("1.0", LocalDate.of(2024, 1, 10)));

		assertThatThrownBy(() -> agreements.adopt(community, agreement.id(),
				version("1.0", LocalDate.of(2024, 5, 1))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("agreement.version.label.taken"));
		assertThatThrownBy(() -> agreements.adopt(community, agreement.id(),
				version("2.0", LocalDate.now().plusDays(30))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("agreement.version.adoptedOn.future"));
	}

	@Test
	void everyMunicipalityAndTheHealthTrustHasAnImplementationStatusAndItCanBeRecorded() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.IN_FORCE);
		var before = agreements.implementation(community.id(), agreement.id());
		assertThat(before).hasSize(19).allMatch(i -> i.status() == ImplementationStatus.NOT_STARTED);

		long sogndal = before.stream().filter(i -> i.partnerName().startsWith("Sogndal")).findFirst().orElseThrow().partnerId();
		agreements.recordImplementation(community, agreement.id(), sogndal,
				new RecordImplementation(ImplementationStatus.IMPLEMENTED, "Internundervisning haldt", 0));
		assertThat(agreements.implementation(community.id(), agreement.id()))
			.filteredOn(i -> i.partnerId() == sogndal).singleElement()
			.satisfies(i -> assertThat(i.note()).isEqualTo("Internundervisning haldt"));
	}

	@Test
	void aConcurrentEditIsRefused() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.IN_FORCE);
		agreements.update(community, agreement.id(), changed(agreement, "Endra", agreement.status()));
		assertThatThrownBy(() -> agreements.update(community, agreement.id(),
				changed(agreement, agreement.summary(), AgreementStatus.EXPIRED)))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void anAgreementOfAnotherCommunityIsNotFound() {
		Community vestfold = communities.bySlug("vestfold");
		Agreement theirs = agreements.all(vestfold.id()).get(0);
		assertThatThrownBy(() -> agreements.get(sognOgFjordane().id(), theirs.id()))
			.isInstanceOf(no.samhald.platform.NotFoundException.class);
	}

	@Test
	void anImplementationRecordedByAnotherCoordinatorMeanwhileIsNotOverwritten() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.IN_FORCE);
		// Two coordinators open the page while nothing is recorded for the partner (version 0).
		PartnerImplementation seen = agreements.implementation(community.id(), agreement.id()).get(0);
		agreements.recordImplementation(community, agreement.id(), seen.partnerId(),
				new RecordImplementation(ImplementationStatus.IMPLEMENTED, "Signert", seen.version()));

		assertThatThrownBy(() -> agreements.recordImplementation(community, agreement.id(), seen.partnerId(),
				new RecordImplementation(ImplementationStatus.IN_PROGRESS, "Under arbeid", seen.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		PartnerImplementation stored = implementationOf(community, agreement, seen.partnerId());
		assertThat(stored.status()).isEqualTo(ImplementationStatus.IMPLEMENTED);

		// A change over what is stored now is saved, and the next stale one is refused again.
		agreements.recordImplementation(community, agreement.id(), seen.partnerId(),
				new RecordImplementation(ImplementationStatus.IN_PROGRESS, "Ny runde", stored.version()));
		assertThat(implementationOf(community, agreement, seen.partnerId()).note()).isEqualTo("Ny runde");
		assertThatThrownBy(() -> agreements.recordImplementation(community, agreement.id(), seen.partnerId(),
				new RecordImplementation(ImplementationStatus.NOT_STARTED, "", stored.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void aCoordinatorOfAnotherCommunityCannotChangeAgreements() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.IN_FORCE);
		long partnerId = agreements.implementation(community.id(), agreement.id()).get(0).partnerId();
		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");

		assertThatThrownBy(() -> agreements.update(community, agreement.id(), changed(agreement, "Frå Vestfold", AgreementStatus.IN_FORCE)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> agreements.recordImplementation(community, agreement.id(), partnerId,
				new RecordImplementation(ImplementationStatus.IMPLEMENTED, "", 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> agreements.adopt(community, agreement.id(), version("X", LocalDate.of(2024, 1, 1))))
			.isInstanceOf(AccessDeniedException.class);
	}

	private PartnerImplementation implementationOf(Community community, Agreement agreement, long partnerId) {
		return agreements.implementation(community.id(), agreement.id()).stream()
			.filter(i -> i.partnerId() == partnerId).findFirst().orElseThrow();
	}

	private Agreement newAgreement(Community community, AgreementStatus status) {
		return agreements.create(community, new SaveAgreement(AgreementKind.ROUTINE, null, "Rutine " + UUID.randomUUID(),
				null, status, null, null, 0));
	}

	private static SaveAgreement changed(Agreement agreement, String summary, AgreementStatus status) {
		return new SaveAgreement(agreement.kind(), agreement.number(), agreement.title(), summary, status,
				agreement.revisionForumId(), agreement.reviewDue(), agreement.version());
	}

	private static AdoptVersion version(String label, LocalDate adoptedOn) {
		return new AdoptVersion(label, adoptedOn, null, null, "Tekst " + label, null);
	}

	private Community sognOgFjordane() {
		return communities.bySlug("sogn-og-fjordane");
	}

}
