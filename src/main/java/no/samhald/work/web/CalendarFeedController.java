package no.samhald.work.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.samhald.platform.NotFoundException;
import no.samhald.work.CalendarEntry;
import no.samhald.work.PersonalCalendar;

/**
 * The personal calendar feed at its secret address; calendar programs fetch it without signing
 * in, so the token is the only key. An unknown or renewed token is a plain 404.
 */
@RestController
record CalendarFeedController(PersonalCalendar calendars, MessageSource messages, Clock clock) {

	static final String PATH = "/my-work/calendar-feed";

	private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	@GetMapping(PATH + "/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
		PersonalCalendar.Feed feed = calendars.open(token).orElseThrow(() -> new NotFoundException("calendar feed", 0));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		var calendar = new ICalendar(messages.getMessage("myWork.feed.name", new Object[] { feed.ownerName() }, locale),
				clock.instant());
		for (CalendarEntry entry : feed.entries()) {
			if (entry.isDeadline()) {
				String summary = messages.getMessage("myWork.feed.deadline." + entry.kind(),
						new Object[] { entry.title() }, locale);
				calendar.deadline(entry.uid(), entry.day(), summary, base + entry.link());
			}
			else {
				calendar.meeting(entry.uid(), entry.start(), entry.end(), entry.title(), entry.location(),
						base + entry.link());
			}
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header("Cache-Control", "private, no-store")
			.header("Referrer-Policy", "no-referrer")
			.body(calendar.end());
	}

}
