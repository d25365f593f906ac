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
	private Long areaId;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 4000)
	private String description;

	private PatientGroup patientGroup;

	private Long forumId;

	private Long ownerId;

	@NotNull
	private MeasureStatus status = MeasureStatus.NOT_STARTED;

	@Size(max = 1000)
	private String target;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private int version;

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

	public Long getAreaId() { return areaId; }
	public void setAreaId(Long areaId) { this.areaId = areaId; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public PatientGroup getPatientGroup() { return patientGroup; }
	public void setPatientGroup(PatientGroup patientGroup) { this.patientGroup = patientGroup; }
	public Long getForumId() { return forumId; }
	public void setForumId(Long forumId) { this.forumId = forumId; }
	public Long getOwnerId() { return ownerId; }
	public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
	public MeasureStatus getStatus() { return status; }
	public void setStatus(MeasureStatus status) { this.status = status; }
	public String getTarget() { return target; }
	public void setTarget(String target) { this.target = target; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getDueDate() { return dueDate; }
	public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
