package no.samhald.collection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.samhald.collection.Answer;
import no.samhald.collection.SaveAnswer;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/** What a partner's contact types: the values by field position, with the version of the answer they opened. */
public class AnswerForm implements EditForm<Answer> {

	Map<Integer, String> values = new HashMap<>();

	public Integer version;

	static AnswerForm of(Answer answer) {
		var form = new AnswerForm();
		answer.values().forEach((position, value) -> form.values.put(position, value.value()));
		form.version = answer.version();
		return form;
	}

	SaveAnswer toCommand(boolean submit) {
		return new SaveAnswer(values, submit, version);
	}

	@Override
	public List<String> fieldsChangedIn(Answer stored) {
		var changed = new ChangedFields();
		for (int position : stored.values().keySet()) {
			changed.compare(String.valueOf(position + 1), values.get(position), stored.valueOf(position));
		}
		return changed.list();
	}

}
