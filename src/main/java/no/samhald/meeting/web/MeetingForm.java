package no.samhald.meeting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.meeting.Meeting;
import no.samhald.meeting.SaveMeeting;
import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;

/** What a coordinator types to plan or change a meeting. */
class MeetingForm implements EditForm<Meeting> {

	@NotNull
	Long forumId;

	@Size(max = 200)
	@NoIdentityNumber
	String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate date;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	LocalTime startTime;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	LocalTime endTime;

	@Size(max = 300)
	@NoIdentityNumber
	String place;

	@Size(max = 500)
	String videoLink;

	boolean publicMeeting = true;

	int version;

	static MeetingForm of(Meeting meeting) {
		var form = new MeetingForm();
		form.forumId = meeting.forumId();
		form.title = meeting.title();
		form.date = meeting.startsAt().toLocalDate();
		form.startTime = meeting.startsAt().toLocalTime();
		form.endTime = meeting.endsAt().toLocalTime();
		form.place = meeting.place();
		form.videoLink = meeting.videoLink();
		form.publicMeeting = meeting.publicMeeting();
		form.version = meeting.version();
		return form;
	}

	SaveMeeting toCommand() {
		return new SaveMeeting(forumId, title, date, startTime, endTime, place, videoLink, publicMeeting, version);
	}

	@Override
	public List<String> fieldsChangedIn(Meeting stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
