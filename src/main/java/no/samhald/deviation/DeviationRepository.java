package no.samhald.deviation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface DeviationRepository extends ListCrudRepository<Deviation, Long> {

	Optional<Deviation> findByIdAndCommunityId(Long id, Long communityId);

	List<Deviation> findByStatusIn(Collection<DeviationStatus> statuses);

	@Query("select * from deviation where community_id = :communityId order by received_on desc, id desc")
	List<Deviation> findByCommunityIdOrderByReceivedOnDescIdDesc(Long communityId);

	List<Deviation> findByCommunityIdAndReportedByOrderByReceivedOnDescIdDesc(Long communityId, String reportedBy);

	List<Deviation> findByCommunityIdAndReceivingPartnerIdOrderByReceivedOnDescIdDesc(Long communityId,
			Long receivingPartnerId);

	/** The person's own reports and those that the partners they are a contact of received or reported. */
	@Query("""
			select * from deviation
			where community_id = :communityId
			  and (reported_by = :username or receiving_partner_id in (:partnerIds) or reporting_partner_id in (:partnerIds))
			order by received_on desc, id desc
			""")
	List<Deviation> findVisibleToPartnerContact(long communityId, String username, Collection<Long> partnerIds);

}
