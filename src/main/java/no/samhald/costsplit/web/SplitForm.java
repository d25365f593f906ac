package no.samhald.costsplit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.samhald.costsplit.AdoptSplit;
import no.samhald.costsplit.SplitBasis;

/** What a coordinator chooses to split a project's shared cost. */
public class SplitForm {

	private Long amount;

	private SplitBasis basis = SplitBasis.POPULATION;

	private Integer year;

	private List<Long> partnerIds = new ArrayList<>();

	private Map<Long, Long> keys = new HashMap<>();

	AdoptSplit toCommand() {
		return new AdoptSplit(amount, basis, year, partnerIds, keys);
	}

	public Long getAmount() { return amount; }
	public void setAmount(Long amount) { this.amount = amount; }
	public SplitBasis getBasis() { return basis; }
	public void setBasis(SplitBasis basis) { this.basis = basis; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public List<Long> getPartnerIds() { return partnerIds; }
	public void setPartnerIds(List<Long> partnerIds) { this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds; }
	public Map<Long, Long> getKeys() { return keys; }
	public void setKeys(Map<Long, Long> keys) { this.keys = keys == null ? new HashMap<>() : keys; }

}
