package no.samhald.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The tree of partners (a health trust above its hospitals), which decides for whom a partner
 * contact acts: its partner and every partner below it. Platform only sees this contract; the
 * partnership module keeps the tree and implements it.
 */
public interface PartnerHierarchy {

	/** The given partners and every partner below them, at any depth. */
	Set<Long> selfAndBelow(Collection<Long> partnerIds);

	/** The partner and every partner above it, the partner itself first and then upwards. */
	List<Long> selfAndAbove(long partnerId);

}
