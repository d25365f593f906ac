package no.samhald.costsplit;

import org.springframework.data.relational.core.mapping.Table;

/** One partner's part: its weight (population, 1 or its key) and its whole kroner. */
@Table("cost_split_share")
public record SplitShare(Long partnerId, String partnerName, String municipalityCode, long weight, long amountNok) {
}
