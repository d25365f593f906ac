package no.samhald.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** How a date is written in mail and messages: one format everywhere, days in Norwegian time. */
public final class Dates {

	public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	/** {@code 31.12.2026}. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** {@code 31.12.2026 09:30}. */
	public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private Dates() {
	}

	public static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** The day an instant falls on in Norway. */
	public static String day(Instant instant) {
		return DAY.format(instant.atZone(NORWAY));
	}

	public static String dayAndTime(TemporalAccessor time) {
		return DAY_AND_TIME.format(time);
	}

}
