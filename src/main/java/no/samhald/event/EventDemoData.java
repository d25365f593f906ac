package no.samhald.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;

/** The gatherings the seeds name (002, 003, 004), with invented participants. */
@Component
@Order(70)
record EventDemoData(CommunityDemoLoads demo, EventRepository events, RegistrationRepository registrations) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "event.sogn-og-fjordane", this::sognOgFjordane);
		demo.once("vestfold", "event.vestfold", this::vestfold);
	}

	private void sognOgFjordane(Community c) {
		Event conference = event(c, EventKind.CONFERENCE, "Samhandlingskonferansen 2027",
				"Årleg konferanse mellom politisk og overordna administrativ leiing i kommunane og Helse Førde.",
				LocalDateTime.of(2027, 4, 15, 9, 30), LocalDateTime.of(2027, 4, 16, 15, 0), "Førde", 150,
				LocalDate.of(2027, 3, 20));
		event(c, EventKind.CONFERENCE, "Erfaringskonferansen for psykisk helse og rus tenester 2026",
				"Vert arrangert kvart andre år; den første var i 2022. Dagpakkar for kommunalt tilsette er dekte av sekretariatsmidlane.",
				LocalDateTime.of(2026, 10, 20, 9, 0), LocalDateTime.of(2026, 10, 21, 15, 0), "Sogndal", 200,
				LocalDate.of(2026, 10, 1));
		event(c, EventKind.NETWORK_GATHERING, "Nettverkssamling for strategisk og administrativ leiing",
				"Felles nettverkssamling for kommunane og helseføretaket i samhandlingsprosjektet: konkretisere tiltak for vidare samarbeid.",
				LocalDateTime.of(2025, 3, 12, 10, 0), LocalDateTime.of(2025, 3, 13, 14, 0), "Skei", 130,
				LocalDate.of(2025, 2, 20));
		event(c, EventKind.LEARNING_NETWORK_SESSION, "Læringsnettverk for gode pasientforløp – fjerde samling",
				"«Kva er viktig for deg?» Teama frå kommunane og Helse Førde held fram arbeidet med pasientforløpa.",
				LocalDateTime.of(2022, 11, 8, 10, 0), LocalDateTime.of(2022, 11, 8, 15, 30), "Førde", null, null);
		event(c, EventKind.PROFESSIONAL_DAY, "Regional dagssamling om samhandlingsavvik",
				"Arbeidsgruppa for samhandlingsavvik inviterer til dagssamling om rutinar og læring av avvik.",
				LocalDateTime.of(2027, 2, 4, 9, 0), LocalDateTime.of(2027, 2, 4, 15, 0), "Nordfjordeid", 40,
				LocalDate.of(2027, 1, 25));
		for (String[] person : List.of(new String[] { "Hanne Birkeland", "Sunnfjord kommune" },
				new String[] { "Jostein Aarflot", "Stryn kommune" }, new String[] { "Sigrid Nesse", "Helse Førde" })) {
			registrations.save(new Registration(null, conference.id(), person[0],
					person[0].toLowerCase().replace(' ', '.').replace("ø", "o").replace("å", "a") + "@example.org", person[1],
					"", "nn", RegistrationStatus.REGISTERED, UUID.randomUUID().toString(), Instant.parse("2026-11-01T10:00:00Z"), 0));
		}
	}

	private void vestfold(Community c) {
		event(c, EventKind.PROFESSIONAL_DAY, "Samtrening i akuttkjeden",
				"Samtrening mellom aktører i akuttkjeden – tiltak for å redusere unødvendige ø-hjelpsinnleggelser (Handlingsplan 2025).",
				LocalDateTime.of(2027, 3, 9, 9, 0), LocalDateTime.of(2027, 3, 9, 15, 0), "Tønsberg", 60,
				LocalDate.of(2027, 2, 28));
	}

	private Event event(Community c, EventKind kind, String title, String description, LocalDateTime starts,
			LocalDateTime ends, String place, Integer capacity, LocalDate deadline) {
		return events.save(new Event(null, c.id(), kind, title, description, starts, ends, place, capacity, deadline, 0));
	}

}
