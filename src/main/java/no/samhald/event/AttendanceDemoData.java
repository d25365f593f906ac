package no.samhald.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;

/**
 * The attendance of Sogn og Fjordane's past gatherings, near the seed's figures (004: about 170 at
 * Samhandlingskonferansen, 120 at the network gathering), with invented participants.
 */
@Component
@Order(71)
record AttendanceDemoData(CommunityDemoLoads demo, EventRepository events, RegistrationRepository registrations,
		JdbcClient jdbc) implements ApplicationRunner {

	private static final List<String> FIRST = List.of("Anne", "Bjørn", "Cecilie", "Dag", "Eli", "Frode", "Gunn",
			"Helge", "Ingrid", "Jon", "Kari", "Lars", "Marit", "Nils");

	private static final List<String> LAST = List.of("Aasen", "Bøe", "Dale", "Eide", "Fosse", "Grov", "Hauge",
			"Indrebø", "Kvam", "Lunde", "Myklebust", "Nes", "Rysjedal");

	private static final List<String> PLACES = List.of("Sunnfjord kommune", "Kinn kommune", "Stryn kommune",
			"Sogndal kommune", "Luster kommune", "Gloppen kommune", "Askvoll kommune", "Helse Førde");

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "event.attendance.sogn-og-fjordane", this::sognOgFjordane);
	}

	private void sognOgFjordane(Community c) {
		Event conference = events.save(new Event(null, c.id(), EventKind.CONFERENCE, "Samhandlingskonferansen 2026",
				"Årleg konferanse mellom politisk og overordna administrativ leiing i kommunane og Helse Førde.",
				LocalDateTime.of(2026, 4, 16, 9, 30), LocalDateTime.of(2026, 4, 17, 15, 0), "Førde", 180,
				LocalDate.of(2026, 3, 20), 0));
		attend(conference, 176, 164, 6);
		events.findByCommunityIdOrderByStartsAtDesc(c.id()).stream()
			.filter(e -> e.title().equals("Nettverkssamling for strategisk og administrativ leiing"))
			.findFirst()
			.ifPresent(gathering -> attend(gathering, 124, 116, 4));
	}

	/** Invents {@code registered} registrations, of whom the first {@code came} attended, plus the walk-ins. */
	private void attend(Event event, int registered, int came, int walkIns) {
		Set<Long> attended = new HashSet<>();
		Instant registeredAt = event.startsAt().minusDays(30).atZone(ZoneId.of("Europe/Oslo")).toInstant();
		for (int i = 0; i < registered; i++) {
			String name = FIRST.get(i % FIRST.size()) + " " + LAST.get(i / FIRST.size() % LAST.size());
			String email = (name.toLowerCase(Locale.ROOT).replace(' ', '.').replace("ø", "o").replace("å", "a")
					+ "." + event.id() + "@example.org");
			Registration r = registrations.save(new Registration(null, event.id(), name, email,
					PLACES.get(i % PLACES.size()), "", "nn", RegistrationStatus.REGISTERED, UUID.randomUUID().toString(),
					registeredAt.plusSeconds(60L * i), 0));
			if (i < came) {
				attended.add(r.id());
			}
		}
		Instant recordedAt = event.endsAt().plusDays(1).atZone(ZoneId.of("Europe/Oslo")).toInstant();
		jdbc.sql("insert into event_attendance (event_id, walk_ins, recorded_at, version) values (:e, :w, :t, 1)")
			.param("e", event.id()).param("w", walkIns).param("t", Timestamp.from(recordedAt)).update();
		for (Long id : attended) {
			jdbc.sql("insert into event_attendee (registration_id, event_id) values (:r, :e)")
				.param("r", id).param("e", event.id()).update();
		}
	}

}
