package no.samhald.meeting.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

	@Test
	void longTextIsFoldedAt75OctetsWithoutSplittingNorwegianLettersAndSpecialCharactersAreEscaped() {
		String summary = "Møte i Strategisk samarbeidsutval; sak om æøå-rekruttering, stabilisering og kompetanse i Sogn og Fjordane";
		var event = new ICalendar.Event("meeting-1@test", LocalDateTime.of(2025, 1, 15, 10, 0),
				LocalDateTime.of(2025, 1, 15, 12, 0), summary, "Førde, Helse Førde", "Linje ein\nLinje to", null, "CONFIRMED");

		String feed = ICalendar.feed("SFHF – SSU", List.of(event), Instant.parse("2025-01-01T00:00:00Z"));

		for (String line : feed.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = feed.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + summary.replace(";", "\\;").replace(",", "\\,"))
			.contains("LOCATION:Førde\\, Helse Førde")
			.contains("DESCRIPTION:Linje ein\\nLinje to")
			.contains("DTSTART:20250115T090000Z")
			.contains("DTSTAMP:20250101T000000Z")
			.endsWith("END:VCALENDAR\r\n");
	}

}
