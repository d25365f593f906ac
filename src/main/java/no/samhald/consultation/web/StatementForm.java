package no.samhald.consultation.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import no.samhald.consultation.Consultation;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;

/** The joint statement (samla innspel) as the coordinator writes it. */
class StatementForm implements EditForm<Consultation> {

	@Size(max = 40000)
	@NoIdentityNumber
	String jointStatement;

	int version;

	static StatementForm of(Consultation round) {
		var form = new StatementForm();
		form.jointStatement = round.jointStatement();
		form.version = round.version();
		return form;
	}

	@Override
	public List<String> fieldsChangedIn(Consultation stored) {
		return new ChangedFields().compare("jointStatement", jointStatement, stored.jointStatement()).list();
	}

}
