package no.samhald.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CollectionRepository extends ListCrudRepository<DataCollection, Long> {

	Optional<DataCollection> findByIdAndCommunityId(Long id, Long communityId);

	/**
	 * Written out: a derived query's SQL is made anew at each call, which was most of this read's
	 * time, asked by every insight dashboard for its series choices (#11).
	 */
	@Query("select * from data_collection where community_id = :communityId order by deadline desc, id desc")
	List<DataCollection> findByCommunityIdOrderByDeadlineDescIdDesc(Long communityId);

}
