package no.samhald.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationRepository extends ListCrudRepository<Consultation, Long> {

	List<Consultation> findByCommunityIdOrderByDeadlineDescIdDesc(Long communityId);

	Optional<Consultation> findByIdAndCommunityId(Long id, Long communityId);

}
