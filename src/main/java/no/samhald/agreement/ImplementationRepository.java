package no.samhald.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ImplementationRepository extends ListCrudRepository<Implementation, Long> {

	List<Implementation> findByAgreementId(Long agreementId);

	List<Implementation> findByAgreementIdIn(Collection<Long> agreementIds);

	/** One row per implementing partner, the agreement's id only: the overview counts them (#11). */
	@Query("select agreement_id from implementation where agreement_id in (:agreementIds) and status = 'IMPLEMENTED'")
	List<Long> findImplementedAgreementIds(Collection<Long> agreementIds);

	Optional<Implementation> findByAgreementIdAndPartnerId(Long agreementId, Long partnerId);

}
