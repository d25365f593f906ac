package no.samhald.project;

import java.util.List;

/**
 * The cost of a project and who pays it. The split must add up to the total; until it does,
 * {@link #isBalanced()} is false and {@link #difference()} says by how much it is off.
 */
public record Budget(List<CostLine> costs, List<Share> shares, List<Contribution> contributions) {

	public static Budget empty() {
		return new Budget(List.of(), List.of(), List.of());
	}

	public long total() {
		return costs.stream().mapToLong(CostLine::amount).sum();
	}

	public long sharedTotal() {
		return shares.stream().mapToLong(Share::amount).sum();
	}

	/** The split minus the total: positive when partners would pay more than it costs. */
	public long difference() {
		return sharedTotal() - total();
	}

	public boolean isBalanced() {
		return shares.isEmpty() || difference() == 0;
	}

	public boolean isEmpty() {
		return costs.isEmpty() && shares.isEmpty() && contributions.isEmpty();
	}

}
