package no.samhald.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Person;

/**
 * Two invented LIS1 rounds in Sogn og Fjordane: autumn 2026, approved, and spring 2027, open for
 * wishes, with places in twelve municipalities and twelve invented doctors who have ranked them
 * (a pair who must serve together, and one who cannot drive). Wishes and the approval are written
 * directly, so loading the demo sends no mail.
 */
@Component
@Order(80)
record PlacementDemoData(CommunityDemoLoads demo, PlacementRounds rounds, PlacementDoctors doctors,
		PlacementAllocations allocations, DoctorRepository doctorRepository, RoundRepository roundRepository,
		AllocationStore store) implements ApplicationRunner {

	private static final String[] DOCTORS = { "Ingvild Aaslund", "Martin Brekkestø", "Selma Dalsbotten",
			"Henrik Eikevoll", "Live Fosshaug", "Sondre Grindvik", "Maren Hjelmtveit", "Eirik Lundsnes",
			"Tiril Myrestrand", "Jakob Nordbotten", "Oda Rimstadvik", "Vetle Sandvollen" };

	private static final String[] SITES = { "legekontor", "legesenter", "kommunelegekontor" };

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "placement.sogn-og-fjordane", this::load);
	}

	private void load(Community community) {
		List<Partner> municipalities = rounds.municipalities(community.id());
		if (municipalities.size() < 12) {
			return;
		}
		List<Long> allocators = rounds.people(community.id()).stream().map(Person::id).sorted().limit(2).toList();
		PlacementRound autumn = round(community, "Haust 2026", LocalDate.of(2026, 9, 1), allocators, municipalities, 0);
		PlacementRound spring = round(community, "Vår 2027", LocalDate.of(2027, 3, 1), allocators, municipalities, 1);
		wishes(community, autumn, 0, 8);
		Allocation proposal = allocations.propose(community, autumn);
		PlacementRound stored = roundRepository.findById(autumn.id()).orElseThrow();
		roundRepository.save(stored.approved(proposal.id(), LocalDate.of(2026, 6, 10), "demo"));
		wishes(community, spring, 4, 12);
	}

	private PlacementRound round(Community community, String name, LocalDate start, List<Long> allocators,
			List<Partner> municipalities, int shift) {
		PlacementRound round = rounds.create(community, new SaveRound(name, start, start.plusMonths(6).minusDays(1),
				start.minusMonths(5), start.minusMonths(2).minusDays(10), allocators, 0));
		for (int i = 0; i < 12; i++) {
			Partner municipality = municipalities.get((i + shift) % municipalities.size());
			rounds.offer(community, round, municipality.id(), new SaveOffer(i % 4 == 0 ? 2 : 1,
					municipality.shortName() + " " + SITES[i % SITES.length], "Rettleiar " + (char) ('A' + i),
					i % 3 != 1, i % 5 == 2, i % 4 == 0 ? "Bustad i gangavstand." : null, 0));
		}
		return round;
	}

	/** Doctors {@code from}..{@code to} of the list, each ranking five places by a fixed pattern. */
	private void wishes(Community community, PlacementRound round, int from, int to) {
		List<PlaceOffer> places = rounds.offers(round);
		for (int i = from; i < to; i++) {
			String email = DOCTORS[i].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ".") + "@lis1.example";
			Lis1Doctor doctor = doctors.add(community, round, DOCTORS[i], email).doctor();
			Map<Long, Integer> ranks = new LinkedHashMap<>();
			int rank = 1;
			for (int k = 0; rank <= 5 && k < places.size(); k++) {
				if (ranks.putIfAbsent(places.get((i * 3 + k * (1 + i % 2)) % places.size()).id(), rank) == null) {
					rank++;
				}
			}
			String together = i == from + 1 ? DOCTORS[from + 2] : null;
			doctorRepository.save(doctor.withWishes(i == from + 4, together, Instant.parse("2026-05-20T08:00:00Z"),
					doctor.version()));
			store.replaceWishes(doctor.id(), ranks);
		}
	}

}
