package no.samhald.placement;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface OfferRepository extends ListCrudRepository<PlaceOffer, Long> {

	List<PlaceOffer> findByRoundIdOrderById(Long roundId);

}
