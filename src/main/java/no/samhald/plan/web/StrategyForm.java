package no.samhald.plan.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.plan.SaveStrategy;
import no.samhald.plan.Strategy;
import no.samhald.platform.EditForm;

/** What a coordinator types to create or change a strategy's title, period and summary. */
class StrategyForm implements EditForm<Strategy> {

	@NotBlank
	@Size(max = 200)
	String title;

	@NotNull
	Integer firstYear;

	@NotNull
	Integer lastYear;

	@Size(max = 8000)
	String summary;

	int version;

	static StrategyForm of(Strategy strategy) {
		var form = new StrategyForm();
		form.title = strategy.title();
		form.firstYear = strategy.firstYear();
		form.lastYear = strategy.lastYear();
		form.summary = strategy.summary();
		form.version = strategy.version();
		return form;
	}

	SaveStrategy toCommand() {
		return new SaveStrategy(title, firstYear, lastYear, summary, version);
	}

	@Override
	public List<String> fieldsChangedIn(Strategy stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
