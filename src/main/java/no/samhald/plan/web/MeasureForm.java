package no.samhald.plan.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.plan.Measure;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.PatientGroup;
import no.samhald.plan.SaveMeasure;
import no.samhald.platform.EditForm;

/** What a coordinator types to create or change a measure. */
class MeasureForm implements EditForm<Measure> {

	@NotNull
	Long areaId;

	@NotBlank
	@Size(max = 300)
	String title;

	@Size(max = 4000)
	String description;

	PatientGroup patientGroup;

	Long forumId;

	Long ownerId;

	@NotNull
	MeasureStatus status = MeasureStatus.NOT_STARTED;

	@Size(max = 1000)
	String target;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate dueDate;

	int version;

	static MeasureForm of(Measure measure) {
		var form = new MeasureForm();
		form.areaId = measure.areaId();
		form.title = measure.title();
		form.description = measure.description();
		form.patientGroup = measure.patientGroup();
		form.forumId = measure.forumId();
		form.ownerId = measure.ownerId();
		form.status = measure.status();
		form.target = measure.target();
		form.startDate = measure.startDate();
		form.dueDate = measure.dueDate();
		form.version = measure.version();
		return form;
	}

	SaveMeasure toCommand() {
		return new SaveMeasure(areaId, title, description, patientGroup, forumId, ownerId, status, target, startDate,
				dueDate, version);
	}

	@Override
	public List<String> fieldsChangedIn(Measure stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
