package no.samhald.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.plan.PatientGroup;
import no.samhald.platform.DemoTable;

/**
 * Invented samhandlingsavvik for the demo: about forty across the Sogn og Fjordane municipalities
 * and Helse Førde's hospitals in 2025–2026 and as many in 2024, a handful a period for Vestfold in
 * Bokmål (tables in resources deviation/demo). The texts describe
 * what typically fails at discharge, admission and in messages; no patient identity anywhere.
 * Statuses follow the age of each report, so some are open, some overdue, most answered or closed.
 */
@Component
@Order(60)
class DeviationDemoData implements ApplicationRunner {

	private final CommunityDemoLoads demo;

	private final Partners partners;

	private final DeviationRepository repository;

	private final Clock clock;

	DeviationDemoData(CommunityDemoLoads demo, Partners partners, DeviationRepository repository,
			Clock clock) {
		this.demo = demo;
		this.partners = partners;
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "deviation.sogn-og-fjordane", c -> load(c, Example.of("nynorsk"), 40, SINCE_2025));
		demo.once("vestfold", "deviation.vestfold", c -> load(c, Example.of("bokmaal"), 6, SINCE_2025));
		// A later load of its own, so that a database with the earlier demo gets the year too.
		demo.once("sogn-og-fjordane", "deviation.sogn-og-fjordane.2024", c -> load(c, Example.of("nynorsk"), 40, YEAR_2024));
		demo.once("vestfold", "deviation.vestfold.2024", c -> load(c, Example.of("bokmaal"), 6, YEAR_2024));
	}

	/**
	 * When the reports' events fall: from {@code first} to three days ago or {@code last}, whichever
	 * comes first; {@code seed} draws the order, partners and days.
	 */
	private record Period(LocalDate first, LocalDate last, int seed) {
	}

	private static final Period SINCE_2025 = new Period(LocalDate.of(2025, 1, 8), LocalDate.MAX, 9);

	/** 2024, all long since answered, so that the annual report of 2024 has its deviations. */
	private static final Period YEAR_2024 = new Period(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 12, 16), 2024);

	private void load(Community community, List<Example> examples, int count, Period period) {
		List<Partner> all = partners.all(community.id());
		List<Partner> municipalities = all.stream().filter(Partner::isMunicipality).toList();
		List<Partner> hospitals = all.stream()
			.filter(p -> p.type() == PartnerType.HOSPITAL || p.type() == PartnerType.HEALTH_TRUST)
			.toList();
		if (municipalities.isEmpty() || hospitals.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		var random = new Random(period.seed());
		List<Example> sequence = new ArrayList<>();
		for (int i = 0; sequence.size() < count; i++) {
			Example example = examples.get(i % examples.size());
			for (int w = 0; w < example.weight() && sequence.size() < count; w++) {
				sequence.add(example);
			}
		}
		Collections.shuffle(sequence, random);
		LocalDate first = period.first();
		LocalDate last = period.last().isBefore(today.minusDays(3)) ? period.last() : today.minusDays(3);
		long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(first, last));
		for (int i = 0; i < sequence.size(); i++) {
			Example example = sequence.get(i);
			LocalDate eventDate = first.plusDays(span * i / sequence.size() + random.nextInt(5));
			if (eventDate.isAfter(today.minusDays(2))) {
				eventDate = today.minusDays(2);
			}
			LocalDate received = eventDate.plusDays(random.nextInt(3));
			Partner municipality = municipalities.get(random.nextInt(municipalities.size()));
			Partner hospital = hospitals.get(random.nextInt(hospitals.size()));
			Partner from = example.fromMunicipality() ? municipality : hospital;
			Partner to = example.fromMunicipality() ? hospital : municipality;
			repository.save(deviation(community, example, i, from, to, eventDate, received, today));
		}
	}

	private static Deviation deviation(Community community, Example e, int i, Partner from, Partner to,
			LocalDate eventDate, LocalDate received, LocalDate today) {
		LocalDate due = received.plusWeeks(Deviation.ANSWER_WEEKS);
		long age = java.time.temporal.ChronoUnit.DAYS.between(received, today);
		DeviationStatus status;
		if (age > 70) {
			status = i % 3 == 0 ? DeviationStatus.ANSWERED : DeviationStatus.CLOSED;
		}
		else if (age > 21) {
			// Some reports from the last months are still waiting, past their deadline.
			status = i % 2 == 0 ? DeviationStatus.IN_PROGRESS : DeviationStatus.ANSWERED;
		}
		else {
			status = i % 2 == 0 ? DeviationStatus.RECEIVED : DeviationStatus.IN_PROGRESS;
		}
		boolean answered = status == DeviationStatus.ANSWERED || status == DeviationStatus.CLOSED;
		LocalDate answeredOn = answered ? received.plusDays(7 + i % 14) : null;
		String reporter = i % 4 == 0 ? "medlem" : i % 4 == 1 ? "koordinator" : "demo.helsearbeidar";
		if (community.slug().equals("vestfold")) {
			reporter = i % 2 == 0 ? "vestfold" : "demo.helsearbeider";
		}
		return new Deviation(null, community.id(), from.id(), from.type().name(), to.id(), to.type().name(), eventDate,
				e.category(), e.patientGroup(), e.description(), e.consequence(),
				"Synergi " + received.getYear() + "-" + (1000 + i * 37), reporter, received, due, status,
				answered ? e.answer() : null, answered ? e.measure() : null, answered ? "koordinator" : null, answeredOn, 0);
	}

	private record Example(int weight, boolean fromMunicipality, DeviationCategory category, PatientGroup patientGroup,
			String description, String consequence, String answer, String measure) {

		/** The examples of a table in resources deviation/demo (its columns are named at its head). */
		static List<Example> of(String table) {
			return DemoTable.rows("deviation/demo/" + table + ".txt").stream()
				.map(row -> new Example(Integer.parseInt(row.get(0)), row.get(1).equals("municipality"),
						DeviationCategory.valueOf(row.get(2)), row.get(3).isEmpty() ? null : PatientGroup.valueOf(row.get(3)),
						row.get(4), row.get(5), row.get(6), row.get(7)))
				.toList();
		}
	}

}
