package no.samhald.costsplit;

import java.util.List;
import java.util.Map;

/**
 * What a coordinator adopts: the amount in whole kroner, the basis, the SSB year (for
 * population), the partners, and for a fixed key each partner's key.
 */
public record AdoptSplit(Long amount, SplitBasis basis, Integer year, List<Long> partnerIds, Map<Long, Long> keys) {
}
