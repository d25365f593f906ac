package no.samhald.placement;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * A municipality's offer of places in a round: how many doctors, at which service site
 * (legekontor), the supervisor, whether housing is offered, and whether the site needs a car
 * (then a doctor who cannot drive is not placed there).
 */
@Table("placement_offer")
public record PlaceOffer(@Id Long id, Long roundId, Long partnerId, int seats, String serviceSite, String supervisor,
		boolean housing, boolean needsCar, String notes, @Version int version) implements Versioned {

	PlaceOffer with(SaveOffer o) {
		return new PlaceOffer(id, roundId, partnerId, o.seats(), o.serviceSite().strip(),
				no.samhald.platform.Text.strippedOrNull(o.supervisor()), o.housing(), o.needsCar(),
				no.samhald.platform.Text.strippedOrNull(o.notes()), o.version());
	}

}
