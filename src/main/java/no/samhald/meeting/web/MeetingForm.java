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
	private Long forumId;

	@Size(max = 200)
	@NoIdentityNumber
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private LocalTime startTime;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private LocalTime endTime;

	@Size(max = 300)
	@NoIdentityNumber
	private String place;

	@Size(max = 500)
	private String videoLink;

	private boolean publicMeeting = true;

	private int version;

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

	public Long getForumId() { return forumId; }
	public void setForumId(Long forumId) { this.forumId = forumId; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public LocalTime getStartTime() { return startTime; }
	public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
	public LocalTime getEndTime() { return endTime; }
	public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public String getVideoLink() { return videoLink; }
	public void setVideoLink(String videoLink) { this.videoLink = videoLink; }
	public boolean isPublicMeeting() { return publicMeeting; }
	public void setPublicMeeting(boolean publicMeeting) { this.publicMeeting = publicMeeting; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
