package no.samhald.scale;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Deviation reports spread evenly over the years up to two days ago, between the community's
 * municipalities and its hospitals both ways. As in the deviation module, the answer is due
 * three weeks after receipt, and the status follows the report's age: old ones answered or
 * closed, some of the last months still waiting past their deadline, the newest open.
 */
final class DeviationRows {

	private static final String[] CATEGORIES = { "DISCHARGE", "DISCHARGE", "MEDICATION", "COMMUNICATION", "ADMISSION",
			"AVAILABILITY", "OTHER" };

	/** What went wrong, by category as above. */
	private static final String[] DESCRIPTIONS = { "Utskriving utan at kommunen var varsla",
			"Epikrisa mangla plan for vidare oppfølging", "Legemiddellista samsvarte ikkje med behandlinga",
			"Meldinga gjekk til feil eining", "Innlegging utan innleggingsskriv", "Fekk ikkje kontakt med vakthavande",
			"Avtalt samarbeidsmøte vart ikkje halde" };

	private static final String[] PATIENT_GROUPS = { "FRAIL_ELDERLY", "MULTIPLE_CHRONIC_CONDITIONS",
			"SEVERE_MENTAL_ILLNESS_AND_ADDICTION", "CHILDREN_AND_YOUNG_PEOPLE", null };

	private static final String[] REPORTERS = { "medlem", "koordinator", "demo.helsearbeidar" };

	private DeviationRows() {
	}

	static void write(Rows rows, Structure s, int count, int years, LocalDate today, long seed) {
		var random = new Random(seed);
		LocalDate first = LocalDate.of(today.getYear() - years + 1, 1, 2);
		long span = Math.max(1, ChronoUnit.DAYS.between(first, today.minusDays(3)));
		for (int i = 0; i < count; i++) {
			LocalDate event = first.plusDays(span * i / count + random.nextInt(3));
			LocalDate received = event.plusDays(random.nextInt(2));
			boolean fromMunicipality = random.nextInt(3) > 0;
			long municipality = s.municipalityIds.get(random.nextInt(s.municipalityIds.size()));
			long hospital = s.hospitalIds.get(random.nextInt(s.hospitalIds.size()));
			int kind = random.nextInt(CATEGORIES.length);
			String category = CATEGORIES[kind];
			long age = ChronoUnit.DAYS.between(received, today);
			String status = age > 70 ? (i % 3 == 0 ? "ANSWERED" : "CLOSED")
					: age > 21 ? (i % 2 == 0 ? "IN_PROGRESS" : "ANSWERED") : (i % 2 == 0 ? "RECEIVED" : "IN_PROGRESS");
			boolean answered = status.equals("ANSWERED") || status.equals("CLOSED");
			rows.add(Table.DEVIATION, rows.nextId(Table.DEVIATION), s.communityId,
					fromMunicipality ? municipality : hospital, fromMunicipality ? "MUNICIPALITY" : "HOSPITAL",
					fromMunicipality ? hospital : municipality, fromMunicipality ? "HOSPITAL" : "MUNICIPALITY", event, category,
					PATIENT_GROUPS[random.nextInt(PATIENT_GROUPS.length)],
					DESCRIPTIONS[kind] + "; informasjonen følgde ikkje pasienten ved overgangen.",
					"Forseinka oppfølging av pasienten.", "Synergi " + received.getYear() + "-" + (1000 + i),
					REPORTERS[i % REPORTERS.length], received, received.plusWeeks(3), status,
					answered ? "Rutinen er gjennomgått med dei tilsette." : null,
					answered ? "Sjekkliste ved overføring er teken i bruk." : null, answered ? "koordinator" : null,
					answered ? received.plusDays(7 + i % 14) : null, 1);
		}
	}

}
