package no.samhald.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ImplementationRepository extends ListCrudRepository<Implementation, Long> {

	List<Implementation> findByAgreementId(Long agreementId);

	List<Implementation> findByAgreementIdIn(Collection<Long> agreementIds);

	Optional<Implementation> findByAgreementIdAndPartnerId(Long agreementId, Long partnerId);

}
