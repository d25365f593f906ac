package no.samhald.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import no.samhald.platform.NoIdentityNumber;

/** What a coordinator types to plan or change a meeting. */
public class MeetingDetails {

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

	public static MeetingDetails of(Meeting meeting) {
		var details = new MeetingDetails();
		details.forumId = meeting.forumId();
		details.title = meeting.title();
		details.date = meeting.startsAt().toLocalDate();
		details.startTime = meeting.startsAt().toLocalTime();
		details.endTime = meeting.endsAt().toLocalTime();
		details.place = meeting.place();
		details.videoLink = meeting.videoLink();
		details.publicMeeting = meeting.publicMeeting();
		details.version = meeting.version();
		return details;
	}

	/** The fields in which the stored meeting differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Meeting stored) {
		var mine = of(stored);
		var changed = new ArrayList<String>();
		if (!Objects.equals(forumId, mine.forumId)) changed.add("forumId");
		if (!Objects.equals(blank(title), blank(mine.title))) changed.add("title");
		if (!Objects.equals(date, mine.date)) changed.add("date");
		if (!Objects.equals(startTime, mine.startTime)) changed.add("startTime");
		if (!Objects.equals(endTime, mine.endTime)) changed.add("endTime");
		if (!Objects.equals(blank(place), blank(mine.place))) changed.add("place");
		if (!Objects.equals(blank(videoLink), blank(mine.videoLink))) changed.add("videoLink");
		if (publicMeeting != mine.publicMeeting) changed.add("publicMeeting");
		return changed;
	}

	static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
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
	public void setVersion(int version) { this.version = version; }

}
