package no.samhald.insight.scenario;

import java.util.List;

import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/** A saved scenario's new name, with the version the person saw. */
public class RenameScenarioForm implements EditForm<Scenario> {

	String name;

	public int version;

	static RenameScenarioForm of(Scenario scenario) {
		var form = new RenameScenarioForm();
		form.name = scenario.name();
		form.version = scenario.version();
		return form;
	}

	@Override
	public List<String> fieldsChangedIn(Scenario stored) {
		return new ChangedFields().compare("name", name, stored.name()).list();
	}

}
