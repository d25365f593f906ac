package no.samhald.notification;

import java.util.UUID;

import no.samhald.community.Community;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.DeviationCategory;
import no.samhald.deviation.Deviations;
import no.samhald.deviation.ReportDeviation;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.SignedIn;

/** Deviations reported by the demo member to Helse Førde, whose contact is the demo account {@code sjukehus}. */
final class Reports {

	/** A text that must never leave Samhald by mail. */
	static final String SECRET_TEXT = "Pasienten fekk feil medisin etter utskriving";

	private Reports() {
	}

	static Deviation toHelseForde(Deviations deviations, Partners partners, Community community) {
		return report(deviations, partners, community, "Kinn", "Helse Førde");
	}

	/** Reported by the demo member from one partner to another (by name or short name). */
	static Deviation report(Deviations deviations, Partners partners, Community community, String from, String to) {
		SignedIn.as("medlem", Role.MEMBER, community.slug());
		try {
			return deviations.report(community, new ReportDeviation(partner(partners, community, from).id(),
					partner(partners, community, to).id(), deviations.today().minusDays(1),
					DeviationCategory.MEDICATION, null, SECRET_TEXT + " " + UUID.randomUUID(),
					"Ekstra tilsyn om kvelden.", "Synergi " + UUID.randomUUID().toString().substring(0, 6)));
		}
		finally {
			SignedIn.out();
		}
	}

	private static Partner partner(Partners partners, Community community, String name) {
		return partners.all(community.id())
			.stream()
			.filter(p -> p.name().equals(name) || name.equals(p.shortName()))
			.findFirst()
			.orElseThrow();
	}

}
