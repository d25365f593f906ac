package no.samhald.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import no.samhald.platform.InvalidInputException.FieldProblem;

/**
 * What a coordinator types as a project's budget: cost lines, the split between the partners and
 * their personnel contributions. Amounts stay text until saved so that what was typed comes back
 * unchanged when a rule is broken. Rows left empty are ignored.
 */
public class BudgetDetails {

	@Valid
	private List<CostRow> costs = new ArrayList<>();

	@Valid
	private List<ShareRow> shares = new ArrayList<>();

	@Valid
	private List<ContributionRow> contributions = new ArrayList<>();

	@Size(max = 4000)
	private String economyNote;

	private int version;

	public static BudgetDetails of(Project project, Budget budget) {
		var details = new BudgetDetails();
		budget.costs().forEach(c -> details.costs.add(new CostRow(c.label(), String.valueOf(c.amount()))));
		budget.shares().forEach(s -> details.shares.add(new ShareRow(s.partnerId(), s.label(), String.valueOf(s.amount()))));
		budget.contributions().forEach(c -> details.contributions.add(new ContributionRow(c.partnerId(), c.label(), c.text())));
		details.economyNote = project.economyNote();
		details.version = project.version();
		return details;
	}

	/** Adds empty rows to fill in, so a form always has room for one more line of each kind. */
	public BudgetDetails withRoomToAdd(int rows) {
		IntStream.range(0, rows).forEach(i -> {
			costs.add(new CostRow());
			shares.add(new ShareRow());
			contributions.add(new ContributionRow());
		});
		return this;
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
			if (ProjectDetails.blankToNull(row.getLabel()) == null) {
				problems.add(new FieldProblem("costs[" + i + "].label", "project.budget.label.required"));
			}
			total += checkAmount("costs[" + i + "].amount", row.getAmount(), problems);
		}
		long shared = 0;
		boolean anyShare = false;
		for (int i = 0; i < shares.size(); i++) {
			ShareRow row = shares.get(i);
			if (row.isBlank()) {
				continue;
			}
			anyShare = true;
			if (row.getPartnerId() == null && ProjectDetails.blankToNull(row.getLabel()) == null) {
				problems.add(new FieldProblem("shares[" + i + "].label", "project.budget.payer.required"));
			}
			shared += checkAmount("shares[" + i + "].amount", row.getAmount(), problems);
		}
		boolean amountsReadable = problems.stream().noneMatch(p -> p.field().endsWith(".amount"));
		if (anyShare && amountsReadable && shared != total) {
			problems.add(new FieldProblem("shares", "project.budget.split.unequal", shared, total, Math.abs(shared - total)));
		}
		for (int i = 0; i < contributions.size(); i++) {
			ContributionRow row = contributions.get(i);
			if (!row.isBlank() && row.getPartnerId() == null && ProjectDetails.blankToNull(row.getLabel()) == null) {
				problems.add(new FieldProblem("contributions[" + i + "].label", "project.budget.payer.required"));
			}
			if (!row.isBlank() && ProjectDetails.blankToNull(row.getText()) == null) {
				problems.add(new FieldProblem("contributions[" + i + "].text", "project.budget.contribution.required"));
			}
		}
		return problems;
	}

	private static long checkAmount(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
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
					.map(r -> new CostLine(r.getLabel().strip(), Kroner.parse(r.getAmount()))).toList(),
				shares.stream().filter(r -> !r.isBlank())
					.map(r -> new Share(r.getPartnerId(), ProjectDetails.blankToNull(r.getLabel()),
							payer(r.getPartnerId(), r.getLabel(), partnerNames), Kroner.parse(r.getAmount())))
					.toList(),
				contributions.stream().filter(r -> !r.isBlank())
					.map(r -> new Contribution(r.getPartnerId(), ProjectDetails.blankToNull(r.getLabel()),
							payer(r.getPartnerId(), r.getLabel(), partnerNames), r.getText().strip()))
					.toList());
	}

	private static String payer(Long partnerId, String label, Map<Long, String> partnerNames) {
		return partnerId != null ? partnerNames.get(partnerId) : label.strip();
	}

	public List<CostRow> getCosts() { return costs; }
	public void setCosts(List<CostRow> costs) { this.costs = costs; }
	public List<ShareRow> getShares() { return shares; }
	public void setShares(List<ShareRow> shares) { this.shares = shares; }
	public List<ContributionRow> getContributions() { return contributions; }
	public void setContributions(List<ContributionRow> contributions) { this.contributions = contributions; }
	public String getEconomyNote() { return economyNote; }
	public void setEconomyNote(String economyNote) { this.economyNote = economyNote; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

	/** A cost line as typed. */
	public static class CostRow {

		@Size(max = 300)
		private String label;

		private String amount;

		public CostRow() {
		}

		public CostRow(String label, String amount) {
			this.label = label;
			this.amount = amount;
		}

		boolean isBlank() {
			return ProjectDetails.blankToNull(label) == null && ProjectDetails.blankToNull(amount) == null;
		}

		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getAmount() { return amount; }
		public void setAmount(String amount) { this.amount = amount; }

	}

	/** A payer's share as typed: a partner, or a group label such as "Kommunane". */
	public static class ShareRow {

		private Long partnerId;

		@Size(max = 300)
		private String label;

		private String amount;

		public ShareRow() {
		}

		public ShareRow(Long partnerId, String label, String amount) {
			this.partnerId = partnerId;
			this.label = label;
			this.amount = amount;
		}

		boolean isBlank() {
			return partnerId == null && ProjectDetails.blankToNull(label) == null
					&& ProjectDetails.blankToNull(amount) == null;
		}

		public Long getPartnerId() { return partnerId; }
		public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getAmount() { return amount; }
		public void setAmount(String amount) { this.amount = amount; }

	}

	/** A partner's personnel contribution as typed. */
	public static class ContributionRow {

		private Long partnerId;

		@Size(max = 300)
		private String label;

		@Size(max = 4000)
		private String text;

		public ContributionRow() {
		}

		public ContributionRow(Long partnerId, String label, String text) {
			this.partnerId = partnerId;
			this.label = label;
			this.text = text;
		}

		boolean isBlank() {
			return partnerId == null && ProjectDetails.blankToNull(label) == null
					&& ProjectDetails.blankToNull(text) == null;
		}

		public Long getPartnerId() { return partnerId; }
		public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getText() { return text; }
		public void setText(String text) { this.text = text; }

	}

}
