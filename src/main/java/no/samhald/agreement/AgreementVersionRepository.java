package no.samhald.agreement;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementVersionRepository extends ListCrudRepository<AgreementVersion, Long> {

	List<AgreementVersion> findByAgreementIdOrderByAdoptedOnDesc(Long agreementId);

}
