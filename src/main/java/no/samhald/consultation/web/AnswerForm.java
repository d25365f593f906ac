package no.samhald.consultation.web;

import java.util.ArrayList;
import java.util.List;

import no.samhald.consultation.Response;
import no.samhald.consultation.SaveAnswers;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/**
 * A respondent's answers, one per question. The identity-number guard and the length run in the
 * service for each answer, so the message lands beside the answer it is about.
 */
class AnswerForm implements EditForm<Response> {

	List<String> answers = new ArrayList<>();

	boolean submit;

	int version;

	static AnswerForm of(Response response, int questions) {
		var form = new AnswerForm();
		for (int i = 0; i < questions; i++) {
			form.answers.add(response == null ? "" : response.answer(i));
		}
		form.version = response == null ? 0 : response.version();
		return form;
	}

	SaveAnswers toCommand() {
		return new SaveAnswers(answers, submit, version);
	}

	@Override
	public List<String> fieldsChangedIn(Response stored) {
		var changed = new ChangedFields();
		for (int i = 0; i < answers.size(); i++) {
			changed.compare("answers", answers.get(i), stored.answer(i));
		}
		return changed.list().stream().distinct().toList();
	}

}
