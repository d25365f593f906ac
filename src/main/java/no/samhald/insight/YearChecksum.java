package no.samhald.insight;

/**
 * The fingerprint of one stored series-year: SHA-256 over its numbers (unit, sex and the 106
 * counts of every row, in code order), so that two stores with the same figures give the same
 * checksum whichever file brought them; and the SSB file that brought them, with its own SHA-256.
 *
 * @param series "observed" or an SSB alternative such as "MMMM"
 */
public record YearChecksum(String series, int year, String sha256, String fileName, String fileSha256) {

	/** "observed 2022", as the imports name a series-year. */
	public String label() {
		return series + " " + year;
	}

}
