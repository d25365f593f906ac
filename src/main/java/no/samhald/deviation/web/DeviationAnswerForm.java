package no.samhald.deviation.web;

import java.util.List;

import no.samhald.deviation.AnswerDeviation;
import no.samhald.deviation.Deviation;
import no.samhald.platform.EditForm;

/** What the receiving partner's contact or a coordinator types to answer a report, with the version of the report they saw. */
class DeviationAnswerForm implements EditForm<Deviation> {

	String answer;

	String improvementMeasure;

	int version;

	static DeviationAnswerForm of(Deviation deviation) {
		var form = new DeviationAnswerForm();
		form.answer = deviation.answer();
		form.improvementMeasure = deviation.improvementMeasure();
		form.version = deviation.version();
		return form;
	}

	AnswerDeviation toCommand() {
		return new AnswerDeviation(answer, improvementMeasure, version);
	}

	@Override
	public List<String> fieldsChangedIn(Deviation stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
