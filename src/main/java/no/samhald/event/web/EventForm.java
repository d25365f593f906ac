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
	EventKind kind = EventKind.CONFERENCE;

	@NotBlank
	@Size(max = 300)
	String title;

	@Size(max = 8000)
	String description;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	LocalDateTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	LocalDateTime endsAt;

	@Size(max = 300)
	String place;

	@Min(1)
	Integer capacity;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate registrationDeadline;

	int version;

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

}
