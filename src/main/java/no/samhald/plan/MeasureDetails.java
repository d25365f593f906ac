package no.samhald.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.platform.ChangedFields;

/** What a coordinator types to create or change a measure. */
public class MeasureDetails {

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

	public static MeasureDetails of(Measure measure) {
		var details = new MeasureDetails();
		details.areaId = measure.areaId();
		details.title = measure.title();
		details.description = measure.description();
		details.patientGroup = measure.patientGroup();
		details.forumId = measure.forumId();
		details.ownerId = measure.ownerId();
		details.status = measure.status();
		details.target = measure.target();
		details.startDate = measure.startDate();
		details.dueDate = measure.dueDate();
		details.version = measure.version();
		return details;
	}

	/** The fields in which the stored measure differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Measure stored) {
		return new ChangedFields().compare("areaId", areaId, stored.areaId())
			.compare("title", title, stored.title())
			.compare("description", description, stored.description())
			.compare("patientGroup", patientGroup, stored.patientGroup())
			.compare("forumId", forumId, stored.forumId())
			.compare("ownerId", ownerId, stored.ownerId())
			.compare("status", status, stored.status())
			.compare("target", target, stored.target())
			.compare("startDate", startDate, stored.startDate())
			.compare("dueDate", dueDate, stored.dueDate())
			.list();
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
	public void setVersion(int version) { this.version = version; }

}
