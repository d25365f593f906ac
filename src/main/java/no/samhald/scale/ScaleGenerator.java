package no.samhald.scale;

import java.time.LocalDate;
import java.util.List;

import no.samhald.scale.SsbMunicipalities.Municipality;

/**
 * Generates the communities of a {@link ScaleSize}: the municipalities, in code order, are split
 * into as many contiguous groups as there are communities (neighbouring codes are neighbouring
 * places), each with a health trust and two hospitals. Everything follows from the size, the
 * municipalities and the day, so the same input gives the same rows.
 */
final class ScaleGenerator {

	/** Creates the community row (through the community module) and answers its id. */
	interface CommunityCreator {

		long create(String slug, String name, String shortName, String description);

	}

	private ScaleGenerator() {
	}

	static String slug(int number) {
		return "helsefellesskap-%02d".formatted(number);
	}

	static void generate(Rows rows, ScaleSize size, List<Municipality> municipalities, LocalDate today,
			CommunityCreator communities) {
		int total = municipalities.size();
		for (int k = 0; k < size.communities(); k++) {
			List<Municipality> own = municipalities.subList(k * total / size.communities(), (k + 1) * total / size.communities());
			if (own.isEmpty()) {
				continue;
			}
			int number = k + 1;
			long communityId = communities.create(slug(number),
					"Helsefellesskap " + number + " (" + own.get(0).name() + "–" + own.get(own.size() - 1).name() + ")",
					"HF" + number, "Generert testfellesskap med " + own.size() + " kommunar, for måling av yting.");
			LocalDate since = LocalDate.of(today.getYear() - size.years() + 1, 1, 1);
			Structure structure = Structure.write(rows, communityId, number, own, size.forums(), since);
			MeetingRows.write(rows, structure, size, today);
			WorkRows.plans(rows, structure, size, today);
			WorkRows.projects(rows, structure, size, today);
			WorkRows.agreements(rows, structure, size, today);
			DeviationRows.write(rows, structure, size.deviationsOf(k), size.years(), today, 1000L + number);
			rows.flush();
		}
	}

}
