package no.samhald.insight.engine;

/** The county (fylke) of a kommunenummer: its first two digits. Used to pool small municipalities. */
public final class County {

	private County() {
	}

	public static String of(String municipalityCode) {
		return municipalityCode.length() >= 2 ? municipalityCode.substring(0, 2) : municipalityCode;
	}

}
