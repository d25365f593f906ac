package no.samhald.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.samhald.platform.ChangedFields;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.Text;

/**
 * A project's budget as a coordinator saves it over the project's {@code version}: cost lines,
 * the split between the partners and their personnel contributions. Amounts stay text as typed
 * until the rules have been checked, so that a broken rule can be shown beside what was typed.
 * Rows left empty are ignored.
 */
public record SaveBudget(List<CostRow> costs, List<ShareRow> shares, List<ContributionRow> contributions,
		String economyNote, int version) {

	public SaveBudget {
		costs = List.copyOf(costs);
		shares = List.copyOf(shares);
		contributions = List.copyOf(contributions);
	}

	/** A cost line as typed. */
	public record CostRow(String label, String amount) {

		boolean isBlank() {
			return Text.isBlank(label) && Text.isBlank(amount);
		}

	}

	/** A payer's share as typed: a partner, or a group label such as "Kommunane". */
	public record ShareRow(Long partnerId, String label, String amount) {

		boolean isBlank() {
			return partnerId == null && Text.isBlank(label) && Text.isBlank(amount);
		}

	}

	/** A partner's personnel contribution as typed. */
	public record ContributionRow(Long partnerId, String label, String text) {

		boolean isBlank() {
			return partnerId == null && Text.isBlank(label) && Text.isBlank(text);
		}

	}

	/**
	 * Every broken rule, each beside its field: a line without text or amount, an amount that is
	 * not a whole number of kroner or below zero, a payer missing, and a split that does not
	 * add up to the total cost.
	 */
	public List<FieldProblem> problems() {
		var problems = new ArrayList<FieldProblem>();
		long total = 0;
		for (int i = 0; i < costs.size(); i++) {
			CostRow row = costs.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (Text.isBlank(row.label())) {
				problems.add(new FieldProblem("costs[" + i + "].label", "project.budget.label.required"));
			}
			total += checkAmount("costs[" + i + "].amount", row.amount(), problems);
		}
		long shared = 0;
		boolean anyShare = false;
		for (int i = 0; i < shares.size(); i++) {
			ShareRow row = shares.get(i);
			if (row.isBlank()) {
				continue;
			}
			anyShare = true;
			if (row.partnerId() == null && Text.isBlank(row.label())) {
				problems.add(new FieldProblem("shares[" + i + "].label", "project.budget.payer.required"));
			}
			shared += checkAmount("shares[" + i + "].amount", row.amount(), problems);
		}
		boolean amountsReadable = problems.stream().noneMatch(p -> p.field().endsWith(".amount"));
		if (anyShare && amountsReadable && shared != total) {
			problems.add(new FieldProblem("shares", "project.budget.split.unequal", shared, total, Math.abs(shared - total)));
		}
		for (int i = 0; i < contributions.size(); i++) {
			ContributionRow row = contributions.get(i);
			if (!row.isBlank() && row.partnerId() == null && Text.isBlank(row.label())) {
				problems.add(new FieldProblem("contributions[" + i + "].label", "project.budget.payer.required"));
			}
			if (!row.isBlank() && Text.isBlank(row.text())) {
				problems.add(new FieldProblem("contributions[" + i + "].text", "project.budget.contribution.required"));
			}
		}
		return problems;
	}

	private static long checkAmount(String field, String text, List<FieldProblem> problems) {
		if (Text.isBlank(text)) {
			problems.add(new FieldProblem(field, "project.budget.amount.required"));
			return 0;
		}
		Long amount = Kroner.parse(text);
		if (amount == null) {
			problems.add(new FieldProblem(field, "project.budget.amount.format", text.strip()));
			return 0;
		}
		if (amount < 0) {
			problems.add(new FieldProblem(field, "project.budget.amount.negative"));
			return 0;
		}
		return amount;
	}

	/** The budget as typed, with partner names looked up; only call once {@link #problems()} is empty. */
	Budget toBudget(Map<Long, String> partnerNames) {
		return new Budget(
				costs.stream().filter(r -> !r.isBlank())
					.map(r -> new CostLine(r.label().strip(), Kroner.parse(r.amount()))).toList(),
				shares.stream().filter(r -> !r.isBlank())
					.map(r -> new Share(r.partnerId(), Text.strippedOrNull(r.label()),
							payer(r.partnerId(), r.label(), partnerNames), Kroner.parse(r.amount())))
					.toList(),
				contributions.stream().filter(r -> !r.isBlank())
					.map(r -> new Contribution(r.partnerId(), Text.strippedOrNull(r.label()),
							payer(r.partnerId(), r.label(), partnerNames), r.text().strip()))
					.toList());
	}

	private static String payer(Long partnerId, String label, Map<Long, String> partnerNames) {
		return partnerId != null ? partnerNames.get(partnerId) : label.strip();
	}

	/**
	 * The parts of the stored budget that differ from this (lines compared as they would be
	 * stored, so "130 000" and "130000" are the same), and the economy note.
	 */
	public List<String> fieldsChangedIn(ProjectPlan stored) {
		Budget mine = readable(problems()) ? toBudget(Map.of()) : null;
		Budget theirs = stored.budget();
		return new ChangedFields()
			.compare("costs", mine == null ? costs : mine.costs(), theirs.costs())
			.compare("split", mine == null ? shares : payers(mine.shares()), payers(theirs.shares()))
			.compare("contributions", mine == null ? contributions : texts(mine.contributions()),
					texts(theirs.contributions()))
			.compare("economyNote", economyNote, stored.project().economyNote())
			.list();
	}

	private static boolean readable(List<FieldProblem> problems) {
		return problems.stream().allMatch(p -> p.field().equals("shares"));
	}

	/** Shares without the looked-up name, which a budget made from what was typed does not have. */
	private static List<ShareRow> payers(List<Share> shares) {
		return shares.stream().map(s -> new ShareRow(s.partnerId(), s.label(), String.valueOf(s.amount()))).toList();
	}

	private static List<ContributionRow> texts(List<Contribution> contributions) {
		return contributions.stream().map(c -> new ContributionRow(c.partnerId(), c.label(), c.text())).toList();
	}

}
