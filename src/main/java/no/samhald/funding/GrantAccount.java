package no.samhald.funding;

import java.util.List;

/** A grant with what has been spent from it and what is left. */
public record GrantAccount(Grant grant, List<GrantUse> uses) {

	public long spent() {
		return uses.stream().mapToLong(GrantUse::amount).sum();
	}

	public long balance() {
		return grant.amount() - spent();
	}

}
