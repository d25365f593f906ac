package no.samhald.project;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.samhald.platform.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetRulesTests {

	@Test
	void aSplitThatAddsUpToTheTotalIsAccepted() {
		var budget = budget(List.of(cost("Konsulentbistand PwC", "300 000")),
				List.of(share(7L, null, "130 000,-"), share(null, "Kommunane", "170.000")));

		assertThat(budget.problems()).isEmpty();
		Budget saved = budget.toBudget(Map.of(7L, "Helse Førde"));
		assertThat(saved.total()).isEqualTo(300_000);
		assertThat(saved.sharedTotal()).isEqualTo(300_000);
		assertThat(saved.shares()).extracting(Share::payer).containsExactly("Helse Førde", "Kommunane");
		assertThat(saved.isBalanced()).isTrue();
	}

	@Test
	void aSplitThatDoesNotAddUpToTheTotalIsRefusedWithBothSumsAndTheDifference() {
		var budget = budget(List.of(cost("Konsulentbistand PwC", "300000")),
				List.of(share(7L, null, "130000"), share(null, "Kommunane", "160000")));

		assertThat(budget.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("shares");
			assertThat(problem.messageKey()).isEqualTo("project.budget.split.unequal");
			assertThat(problem.arguments()).containsExactly(290_000L, 300_000L, 10_000L);
		});
	}

	@Test
	void negativeAndUnreadableAmountsAreRefusedBesideTheirField() {
		var budget = budget(List.of(cost("Konsulent", "-5000"), cost("Reise", "mykje")),
				List.of(share(null, "Kommunane", "100")));

		assertThat(codes(budget.problems())).containsExactly("costs[0].amount:project.budget.amount.negative",
				"costs[1].amount:project.budget.amount.format");
	}

	@Test
	void aShareNeedsAPayerAndALineNeedsWhatItIsFor() {
		var budget = budget(List.of(cost(" ", "100")), List.of(share(null, "", "100")));

		assertThat(codes(budget.problems())).containsExactly("costs[0].label:project.budget.label.required",
				"shares[0].label:project.budget.payer.required");
	}

	@Test
	void emptyRowsAreIgnoredAndAMissingSplitIsNotAnError() {
		var budget = budget(List.of(cost("Konsulent", "1000"), cost("", "")), List.of(share(null, "", "")));

		assertThat(budget.problems()).isEmpty();
		assertThat(budget.toBudget(Map.of()).shares()).isEmpty();
	}

	@Test
	void kronerAreReadAsPeopleWriteThem() {
		assertThat(Kroner.parse("130 000")).isEqualTo(130_000L);
		assertThat(Kroner.parse("130\u00a0000,-")).isEqualTo(130_000L);
		assertThat(Kroner.parse("kr 170.000")).isEqualTo(170_000L);
		assertThat(Kroner.parse("300000 NOK")).isEqualTo(300_000L);
		assertThat(Kroner.parse("12,50")).isNull();
		assertThat(Kroner.parse("tusen")).isNull();
	}

	@Test
	void goalsAreReadOnePerLineWithPointsUnderTheirSubGoal() {
		List<Goal> goals = GoalText.parse("1. Skape kunnskapsgrunnlag\n- Rekruttering\n- Kritisk kompetanse\n\n2) Nettverkssamling\n- Tiltak");

		assertThat(goals).extracting(Goal::text).containsExactly("Skape kunnskapsgrunnlag", "Nettverkssamling");
		assertThat(goals.get(0).points()).containsExactly("Rekruttering", "Kritisk kompetanse");
		assertThat(GoalText.parse(GoalText.format(goals))).isEqualTo(goals);
		assertThat(GoalText.parse("- eit punkt utan mål")).isNull();
	}

	private static SaveBudget budget(List<SaveBudget.CostRow> costs, List<SaveBudget.ShareRow> shares) {
		return new SaveBudget(costs, shares, List.of(), null, 0);
	}

	private static SaveBudget.CostRow cost(String label, String amount) {
		return new SaveBudget.CostRow(label, amount);
	}

	private static SaveBudget.ShareRow share(Long partnerId, String label, String amount) {
		return new SaveBudget.ShareRow(partnerId, label, amount);
	}

	private static List<String> codes(List<FieldProblem> problems) {
		return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

}
