package no.samhald.event.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.event.Event;
import no.samhald.event.EventKind;
import no.samhald.event.SaveEvent;
import no.samhald.platform.EditForm;

/** What a coordinator types to announce or change an event. */
class EventForm implements EditForm<Event> {

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

	static EventForm of(Event e) {
		var form = new EventForm();
		form.kind = e.kind();
		form.title = e.title();
		form.description = e.description();
		form.startsAt = e.startsAt();
		form.endsAt = e.endsAt();
		form.place = e.place();
		form.capacity = e.capacity();
		form.registrationDeadline = e.registrationDeadline();
		form.version = e.version();
		return form;
	}

	SaveEvent toCommand() {
		return new SaveEvent(kind, title, description, startsAt, endsAt, place, capacity, registrationDeadline, version);
	}

	@Override
	public List<String> fieldsChangedIn(Event stored) {
		return toCommand().fieldsChangedIn(stored);
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
	@Override
	public void setVersion(int version) { this.version = version; }

}
