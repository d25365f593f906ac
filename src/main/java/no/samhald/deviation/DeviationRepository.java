package no.samhald.deviation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DeviationRepository extends ListCrudRepository<Deviation, Long> {

	Optional<Deviation> findByIdAndCommunityId(Long id, Long communityId);

	List<Deviation> findByStatusIn(Collection<DeviationStatus> statuses);

	List<Deviation> findByCommunityIdOrderByReceivedOnDescIdDesc(Long communityId);

	List<Deviation> findByCommunityIdAndReportedByOrderByReceivedOnDescIdDesc(Long communityId, String reportedBy);

	List<Deviation> findByCommunityIdAndReceivingPartnerIdOrderByReceivedOnDescIdDesc(Long communityId,
			Long receivingPartnerId);

}
