package no.samhald.plan.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.plan.PatientGroup;
import no.samhald.plan.PriorityGroup;
import no.samhald.plan.SavePriorityGroup;
import no.samhald.platform.EditForm;

/** A priority patient group of a strategy as typed: why it matters and what the community will do. */
class PriorityGroupForm implements EditForm<PriorityGroup> {

	@NotNull
	PatientGroup patientGroup;

	@Size(max = 8000)
	String description;

	@Size(max = 8000)
	String commitment;

	int version;

	static PriorityGroupForm of(PriorityGroup group) {
		var form = new PriorityGroupForm();
		form.patientGroup = group.patientGroup();
		form.description = group.description();
		form.commitment = group.commitment();
		form.version = group.version();
		return form;
	}

	SavePriorityGroup toCommand() {
		return new SavePriorityGroup(patientGroup, description, commitment, version);
	}

	@Override
	public List<String> fieldsChangedIn(PriorityGroup stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
