package no.samhald.partnership.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.partnership.Forum;
import no.samhald.partnership.ForumKind;
import no.samhald.partnership.SaveForum;
import no.samhald.platform.EditForm;

/** What a person types to create or change a forum. */
class ForumForm implements EditForm<Forum> {

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

	static ForumForm of(Forum forum) {
		var form = new ForumForm();
		form.kind = forum.kind();
		form.name = forum.name();
		form.shortName = forum.shortName();
		form.parentId = forum.parentId();
		form.mandate = forum.mandate();
		form.meetingFrequency = forum.meetingFrequency();
		form.requiresRepresentation = forum.requiresRepresentation();
		form.version = forum.version();
		return form;
	}

	SaveForum toCommand() {
		return new SaveForum(kind, name, shortName, parentId, mandate, meetingFrequency, requiresRepresentation,
				version);
	}

	@Override
	public List<String> fieldsChangedIn(Forum stored) {
		return toCommand().fieldsChangedIn(stored);
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
	@Override
	public void setVersion(int version) { this.version = version; }

}
