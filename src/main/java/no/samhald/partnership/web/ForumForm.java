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
	ForumKind kind;

	@NotBlank
	@Size(max = 200)
	String name;

	@Size(max = 40)
	String shortName;

	Long parentId;

	@Size(max = 8000)
	String mandate;

	@Size(max = 200)
	String meetingFrequency;

	boolean requiresRepresentation = true;

	int version;

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

}
