package no.samhald.collection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

/**
 * Invented but plausible answers for Sogn og Fjordane: "Bemanning og innleige 2024" from the 18
 * municipalities and Helse Førde (closed), "Utskrivingsklare pasientar og ØHD-senger 2024" from
 * the municipalities for each quarter (closed; the small municipalities' counts are suppressed),
 * and an open "Bemanning og innleige 2025" that Kinn and Helse Førde have yet to answer. The
 * numbers scale with rough inhabitant counts; none is a real figure.
 */
@Component
@Order(80)
record CollectionDemoData(CommunityDemoLoads demo, Partners partners, CollectionRepository collections,
		AnswerRepository answers, Clock clock) implements ApplicationRunner {

	/** Rough inhabitants by kommunenummer, only to make the invented numbers scale. */
	private static final Map<String, Integer> SIZE = Map.ofEntries(Map.entry("4602", 17900), Map.entry("4635", 2300),
			Map.entry("4636", 770), Map.entry("4637", 1300), Map.entry("4638", 4100), Map.entry("4639", 2600),
			Map.entry("4640", 12200), Map.entry("4641", 1800), Map.entry("4642", 2100), Map.entry("4643", 5200),
			Map.entry("4644", 5200), Map.entry("4645", 3000), Map.entry("4646", 2800), Map.entry("4647", 22500),
			Map.entry("4648", 3500), Map.entry("4649", 9400), Map.entry("4650", 5900), Map.entry("4651", 7300));

	private static final String DEMO_USER = "demo";

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "collection.sogn-og-fjordane", this::load);
	}

	private void load(Community community) {
		List<Partner> all = partners.all(community.id());
		List<Partner> municipalities = all.stream().filter(p -> p.municipalityCode() != null && SIZE.containsKey(p.municipalityCode())).toList();
		Partner trust = all.stream().filter(p -> p.type() == PartnerType.HEALTH_TRUST).findFirst().orElse(null);
		if (municipalities.size() != SIZE.size() || trust == null) {
			return;
		}
		var random = new Random(2024);
		List<Partner> staffing = new ArrayList<>(municipalities);
		staffing.add(trust);
		DataCollection staffing2024 = save(community, "Bemanning og innleige 2024", "2024", LocalDate.of(2025, 3, 14),
				CollectionStatus.CLOSED, staffingFields(), staffing);
		for (Partner p : staffing) {
			answer(staffing2024, p, staffingValues(p, random), true);
		}
		for (int quarter = 1; quarter <= 4; quarter++) {
			DataCollection beds = save(community, "Utskrivingsklare pasientar og ØHD-senger 2024", "2024-Q" + quarter,
					LocalDate.of(2024, quarter * 3, 1).plusMonths(1).withDayOfMonth(20), CollectionStatus.CLOSED,
					bedFields(), municipalities);
			for (Partner p : municipalities) {
				answer(beds, p, bedValues(p, quarter, random), true);
			}
		}
		LocalDate today = LocalDate.now(clock);
		DataCollection staffing2025 = save(community, "Bemanning og innleige 2025", "2025", today.plusDays(14),
				CollectionStatus.OPEN, staffingFields(), staffing);
		for (int i = 0; i < municipalities.size(); i++) {
			Partner p = municipalities.get(i);
			if (!"4602".equals(p.municipalityCode()) && i % 4 != 3) {
				answer(staffing2025, p, staffingValues(p, random), i % 5 != 4);
			}
		}
	}

	private DataCollection save(Community community, String title, String period, LocalDate deadline,
			CollectionStatus status, List<CollectionField> fields, List<Partner> asked) {
		var partnerRows = new HashSet<AskedPartner>();
		asked.forEach(p -> partnerRows.add(new AskedPartner(p.id())));
		return collections.save(new DataCollection(null, community.id(), title, period, deadline, status, DEMO_USER,
				fields, partnerRows, 0));
	}

	private void answer(DataCollection collection, Partner partner, List<String> values, boolean submit) {
		var at = collection.deadline().minusDays(5 + partner.id() % 20).atStartOfDay().toInstant(ZoneOffset.UTC);
		var stored = new java.util.HashMap<Integer, AnswerValue>();
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				String value = collection.fields().get(i).kind().isNumeric()
						? FieldValues.plain(new BigDecimal(values.get(i))) : values.get(i);
				stored.put(i, new AnswerValue(value, DEMO_USER, at));
			}
		}
		answers.save(new Answer(null, collection.id(), partner.id(), submit ? AnswerStatus.SUBMITTED : AnswerStatus.DRAFT,
				submit ? DEMO_USER : null, submit ? at : null, stored, 0));
	}

	private static List<CollectionField> staffingFields() {
		return List.of(
				new CollectionField(FieldKind.DECIMAL, "Ledige sjukepleiarårsverk per 31.12.",
						"Ledige sykepleierårsverk per 31.12.", "Vacant nurse FTEs at 31 Dec", "årsverk",
						"Heimlar som er lyste ut eller står ledige utan fast tilsett, i årsverk.", BigDecimal.ZERO,
						BigDecimal.valueOf(500), null, false),
				new CollectionField(FieldKind.MONEY, "Utgifter til innleige frå vikarbyrå",
						"Utgifter til innleie fra vikarbyrå", "Temp-agency spend", "kr",
						"Rekneskapsførte utgifter i året, helse og omsorg.", BigDecimal.ZERO, null, null, false),
				new CollectionField(FieldKind.MONEY, "Kjøp av private helse- og omsorgstenester",
						"Kjøp av private helse- og omsorgstjenester", "Purchased private services", "kr",
						"Kjøp frå private verksemder, utan innleige av personell.", BigDecimal.ZERO, null, null, false),
				new CollectionField(FieldKind.YES_NO, "Nytta vikarbyrå for sjukepleiarar i sommar",
						"Brukte vikarbyrå for sykepleiere i sommer", "Used agency nurses in summer", null, null, null,
						null, null, false),
				new CollectionField(FieldKind.CHOICE, "Kompetanse det er vanskelegast å rekruttere",
						"Kompetanse det er vanskeligst å rekruttere", "Hardest skill to recruit", null, null, null, null,
						"Sjukepleiar\nSpesialsjukepleiar\nLege\nHelsefagarbeidar",
						"Sykepleier\nSpesialsykepleier\nLege\nHelsefagarbeider",
						"Nurse\nSpecialist nurse\nDoctor\nHealth worker", false));
	}

	private static List<CollectionField> bedFields() {
		return List.of(
				new CollectionField(FieldKind.INTEGER, "Utskrivingsklare pasientar som låg att på sjukehus",
						"Utskrivningsklare pasienter som ble liggende på sykehus", "Discharge-ready patients kept in hospital",
						"pasientar", "Pasientar med minst eitt døgn etter melding om utskrivingsklar.", BigDecimal.ZERO,
						BigDecimal.valueOf(1000), null, true),
				new CollectionField(FieldKind.INTEGER, "Liggedøgn etter melding om utskrivingsklar",
						"Liggedøgn etter melding om utskrivningsklar", "Bed days after discharge-ready notice", "døgn",
						null, BigDecimal.ZERO, BigDecimal.valueOf(10000), null, false),
				new CollectionField(FieldKind.DECIMAL, "Kommunale ØHD-senger", "Kommunale ØHD-senger",
						"Municipal acute beds", "senger", "Gjennomsnittleg tal senger i drift i kvartalet.",
						BigDecimal.ZERO, BigDecimal.valueOf(50), null, false),
				new CollectionField(FieldKind.PERCENTAGE, "Belegg i ØHD-sengene", "Belegg i ØHD-sengene",
						"Occupancy of acute beds", "%", null, BigDecimal.ZERO, BigDecimal.valueOf(100), null, false));
	}

	private static List<String> staffingValues(Partner p, Random random) {
		boolean trust = p.municipalityCode() == null;
		double size = trust ? 110000 : SIZE.get(p.municipalityCode());
		double vacant = Math.round(size / 1000 * (0.25 + random.nextDouble() * 0.4) * (trust ? 1.5 : 1) * 10) / 10.0;
		long agency = Math.round(size * (40 + random.nextInt(260)) * (trust ? 0.8 : 1) / 1000) * 1000;
		long privateServices = Math.round(size * (60 + random.nextInt(200)) * (trust ? 2.5 : 1) / 1000) * 1000;
		String[] hardest = { "Sjukepleiar", "Spesialsjukepleiar", "Lege", "Helsefagarbeidar" };
		return List.of(String.valueOf(vacant), String.valueOf(agency), String.valueOf(privateServices),
				String.valueOf(agency > size * 120), trust ? "Spesialsjukepleiar" : hardest[random.nextInt(size > 8000 ? 2 : 4)]);
	}

	private static List<String> bedValues(Partner p, int quarter, Random random) {
		int size = SIZE.get(p.municipalityCode());
		int patients = (int) Math.round(size / 1000.0 * (0.5 + random.nextDouble()) * (quarter == 3 ? 1.3 : 1));
		int bedDays = patients * (1 + random.nextInt(4));
		double beds = Math.max(0.5, Math.round(size / 4000.0 * 2) / 2.0);
		int occupancy = 35 + random.nextInt(50);
		return List.of(String.valueOf(patients), String.valueOf(bedDays), String.valueOf(beds), String.valueOf(occupancy));
	}

}
