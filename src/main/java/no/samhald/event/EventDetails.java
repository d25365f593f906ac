package no.samhald.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.platform.ChangedFields;

/** What a coordinator types to announce or change an event. */
public class EventDetails {

	@NotNull
	private EventKind kind = EventKind.CONFERENCE;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 8000)
	private String description;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime endsAt;

	@Size(max = 300)
	private String place;

	@Min(1)
	private Integer capacity;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationDeadline;

	private int version;

	public static EventDetails of(Event e) {
		var d = new EventDetails();
		d.kind = e.kind();
		d.title = e.title();
		d.description = e.description();
		d.startsAt = e.startsAt();
		d.endsAt = e.endsAt();
		d.place = e.place();
		d.capacity = e.capacity();
		d.registrationDeadline = e.registrationDeadline();
		d.version = e.version();
		return d;
	}

	public List<String> fieldsChangedIn(Event stored) {
		return new ChangedFields().compare("kind", kind, stored.kind())
			.compare("title", title, stored.title())
			.compare("description", description, stored.description())
			.compare("startsAt", startsAt, stored.startsAt())
			.compare("endsAt", endsAt, stored.endsAt())
			.compare("place", place, stored.place())
			.compare("capacity", capacity, stored.capacity())
			.compare("registrationDeadline", registrationDeadline, stored.registrationDeadline())
			.list();
	}

	public EventKind getKind() { return kind; }
	public void setKind(EventKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public LocalDateTime getStartsAt() { return startsAt; }
	public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
	public LocalDateTime getEndsAt() { return endsAt; }
	public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public Integer getCapacity() { return capacity; }
	public void setCapacity(Integer capacity) { this.capacity = capacity; }
	public LocalDate getRegistrationDeadline() { return registrationDeadline; }
	public void setRegistrationDeadline(LocalDate registrationDeadline) { this.registrationDeadline = registrationDeadline; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
