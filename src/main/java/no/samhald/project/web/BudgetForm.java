package no.samhald.project.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import no.samhald.platform.EditForm;
import no.samhald.project.Budget;
import no.samhald.project.ProjectPlan;
import no.samhald.project.SaveBudget;

/**
 * What a coordinator types as a project's budget: cost lines, the split between the partners and
 * their personnel contributions. Amounts stay text so that what was typed comes back unchanged
 * when a rule is broken. The rules are {@link SaveBudget}'s.
 */
class BudgetForm implements EditForm<ProjectPlan> {

	@Valid
	public List<CostRow> costs = new ArrayList<>();

	@Valid
	public List<ShareRow> shares = new ArrayList<>();

	@Valid
	public List<ContributionRow> contributions = new ArrayList<>();

	@Size(max = 4000)
	String economyNote;

	int version;

	static BudgetForm of(ProjectPlan plan) {
		var form = new BudgetForm();
		Budget budget = plan.budget();
		budget.costs().forEach(c -> form.costs.add(new CostRow(c.label(), String.valueOf(c.amount()))));
		budget.shares().forEach(s -> form.shares.add(new ShareRow(s.partnerId(), s.label(), String.valueOf(s.amount()))));
		budget.contributions().forEach(c -> form.contributions.add(new ContributionRow(c.partnerId(), c.label(), c.text())));
		form.economyNote = plan.project().economyNote();
		form.version = plan.version();
		return form;
	}

	/** Adds empty rows to fill in, so a form always has room for one more line of each kind. */
	BudgetForm withRoomToAdd(int rows) {
		IntStream.range(0, rows).forEach(i -> {
			costs.add(new CostRow());
			shares.add(new ShareRow());
			contributions.add(new ContributionRow());
		});
		return this;
	}

	SaveBudget toCommand() {
		return new SaveBudget(costs.stream().map(r -> new SaveBudget.CostRow(r.label, r.amount)).toList(),
				shares.stream().map(r -> new SaveBudget.ShareRow(r.partnerId, r.label, r.amount)).toList(),
				contributions.stream().map(r -> new SaveBudget.ContributionRow(r.partnerId, r.label, r.text)).toList(),
				economyNote, version);
	}

	@Override
	public List<String> fieldsChangedIn(ProjectPlan stored) {
		return toCommand().fieldsChangedIn(stored);
	}

	/** A cost line as typed. */
	public static class CostRow {

		@Size(max = 300)
		String label;

		String amount;

		public CostRow() {
		}

		CostRow(String label, String amount) {
			this.label = label;
			this.amount = amount;
		}
	}

	/** A payer's share as typed: a partner, or a group label such as "Kommunane". */
	public static class ShareRow {

		Long partnerId;

		@Size(max = 300)
		String label;

		String amount;

		public ShareRow() {
		}

		ShareRow(Long partnerId, String label, String amount) {
			this.partnerId = partnerId;
			this.label = label;
			this.amount = amount;
		}
	}

	/** A partner's personnel contribution as typed. */
	public static class ContributionRow {

		Long partnerId;

		@Size(max = 300)
		String label;

		@Size(max = 4000)
		String text;

		public ContributionRow() {
		}

		ContributionRow(Long partnerId, String label, String text) {
			this.partnerId = partnerId;
			this.label = label;
			this.text = text;
		}
	}

}
