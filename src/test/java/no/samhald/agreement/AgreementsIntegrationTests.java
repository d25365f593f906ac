package no.samhald.agreement;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
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
		agreements.adopt(community.id(), community.slug(), agreement.id(), version("2024", LocalDate.of(2024, 1, 10)));
		agreements.adopt(community.id(), community.slug(), agreement.id(), version("2025", LocalDate.of(2025, 2, 1)));

		assertThat(agreements.versionInForce(community.id(), agreement.id())).get()
			.extracting(AgreementVersion::label).isEqualTo("2025");
		assertThat(agreements.get(community.id(), agreement.id()).status()).isEqualTo(AgreementStatus.IN_FORCE);
	}

	@Test
	void aVersionLabelIsUsedOnceAndAnAdoptionDateCannotBeInTheFuture() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.DRAFT);
		agreements.adopt(community.id(), community.slug(), agreement.id(), version("1.0", LocalDate.of(2024, 1, 10)));

		assertThatThrownBy(() -> agreements.adopt(community.id(), community.slug(), agreement.id(),
				version("1.0", LocalDate.of(2024, 5, 1))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("agreement.version.label.taken"));
		assertThatThrownBy(() -> agreements.adopt(community.id(), community.slug(), agreement.id(),
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
		agreements.recordImplementation(community.id(), community.slug(), agreement.id(), sogndal,
				ImplementationStatus.IMPLEMENTED, "Internundervisning haldt");
		assertThat(agreements.implementation(community.id(), agreement.id()))
			.filteredOn(i -> i.partnerId() == sogndal).singleElement()
			.satisfies(i -> assertThat(i.note()).isEqualTo("Internundervisning haldt"));
	}

	@Test
	void aConcurrentEditIsRefused() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community, AgreementStatus.IN_FORCE);
		AgreementDetails first = AgreementDetails.of(agreement);
		AgreementDetails second = AgreementDetails.of(agreement);
		first.setSummary("Endra");
		agreements.update(community.id(), community.slug(), agreement.id(), first);
		second.setStatus(AgreementStatus.EXPIRED);
		assertThatThrownBy(() -> agreements.update(community.id(), community.slug(), agreement.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void anAgreementOfAnotherCommunityIsNotFound() {
		Community vestfold = communities.bySlug("vestfold");
		Agreement theirs = agreements.all(vestfold.id()).get(0);
		assertThatThrownBy(() -> agreements.get(sognOgFjordane().id(), theirs.id()))
			.isInstanceOf(no.samhald.platform.NotFoundException.class);
	}

	private Agreement newAgreement(Community community, AgreementStatus status) {
		var details = new AgreementDetails();
		details.setKind(AgreementKind.ROUTINE);
		details.setTitle("Rutine " + UUID.randomUUID());
		details.setStatus(status);
		return agreements.create(community.id(), community.slug(), details);
	}

	private static VersionDetails version(String label, LocalDate adoptedOn) {
		var details = new VersionDetails();
		details.setLabel(label);
		details.setAdoptedOn(adoptedOn);
		details.setText("Tekst " + label);
		return details;
	}

	private Community sognOgFjordane() {
		return communities.bySlug("sogn-og-fjordane");
	}

}
