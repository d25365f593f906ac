package no.samhald.costsplit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.samhald.costsplit.AdoptSplit;
import no.samhald.costsplit.SplitBasis;

/** What a coordinator chooses to split a project's shared cost. */
public class SplitForm {

	Long amount;

	SplitBasis basis = SplitBasis.POPULATION;

	Integer year;

	List<Long> partnerIds = new ArrayList<>();

	public Map<Long, Long> keys = new HashMap<>();

	AdoptSplit toCommand() {
		return new AdoptSplit(amount, basis, year, partnerIds, keys);
	}

}
