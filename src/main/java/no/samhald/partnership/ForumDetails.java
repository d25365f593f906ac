package no.samhald.partnership;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.platform.ChangedFields;

/** What a person types to create or change a forum. */
public class ForumDetails {

	@NotNull
	private ForumKind kind;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 40)
	private String shortName;

	private Long parentId;

	@Size(max = 8000)
	private String mandate;

	@Size(max = 200)
	private String meetingFrequency;

	private boolean requiresRepresentation = true;

	private int version;

	public static ForumDetails of(Forum forum) {
		var details = new ForumDetails();
		details.kind = forum.kind();
		details.name = forum.name();
		details.shortName = forum.shortName();
		details.parentId = forum.parentId();
		details.mandate = forum.mandate();
		details.meetingFrequency = forum.meetingFrequency();
		details.requiresRepresentation = forum.requiresRepresentation();
		details.version = forum.version();
		return details;
	}

	/** The fields in which the stored forum differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Forum stored) {
		return new ChangedFields().compare("kind", kind, stored.kind())
			.compare("name", name, stored.name())
			.compare("shortName", shortName, stored.shortName())
			.compare("parentId", parentId, stored.parentId())
			.compare("mandate", mandate, stored.mandate())
			.compare("meetingFrequency", meetingFrequency, stored.meetingFrequency())
			.compare("requiresRepresentation", requiresRepresentation, stored.requiresRepresentation())
			.list();
	}

	public ForumKind getKind() { return kind; }
	public void setKind(ForumKind kind) { this.kind = kind; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getShortName() { return shortName; }
	public void setShortName(String shortName) { this.shortName = shortName; }
	public Long getParentId() { return parentId; }
	public void setParentId(Long parentId) { this.parentId = parentId; }
	public String getMandate() { return mandate; }
	public void setMandate(String mandate) { this.mandate = mandate; }
	public String getMeetingFrequency() { return meetingFrequency; }
	public void setMeetingFrequency(String meetingFrequency) { this.meetingFrequency = meetingFrequency; }
	public boolean isRequiresRepresentation() { return requiresRepresentation; }
	public void setRequiresRepresentation(boolean requiresRepresentation) { this.requiresRepresentation = requiresRepresentation; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
