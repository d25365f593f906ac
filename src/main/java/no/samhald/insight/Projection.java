package no.samhald.insight;

import java.util.List;
import java.util.Map;

/**
 * A projected population, with everything needed to explain and reproduce it.
 *
 * @param method the method's code ("cohort-change", "cohort-component", "ssb")
 * @param baseYear the last observed 1 January the projection starts from (for "ssb": SSB's base year is theirs;
 * this is the last year taken from the observed data)
 * @param assumptions what the method assumed (rules, rates, scenario), as given and as resolved
 * @param dataSource the imports the numbers come from
 * @param parameters the request that reproduces this projection
 * @param years from {@code from} to {@code to}; a year up to the base year is observed
 */
public record Projection(Area area, String method, int baseYear, int from, int to, Map<String, Object> assumptions,
		DataSource dataSource, Map<String, Object> parameters, List<ProjectedYear> years) {

	/** The population of one year by sex and age (105 = 105+), with the year's total. */
	public record ProjectedYear(int year, boolean observed, double total, double[] males, double[] females) {

		public double sum(int fromAge, int toAge) {
			double sum = 0;
			for (int a = fromAge; a <= toAge; a++) {
				sum += males[a] + females[a];
			}
			return sum;
		}

	}

	/** Where the numbers come from: the SSB tables and the imports (file and its SHA-256). */
	public record DataSource(String description, List<Integer> observedYears, List<SourceFile> files) {
	}

	public record SourceFile(long importId, String tableId, String fileName, String sha256) {
	}

	public ProjectedYear year(int year) {
		return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
	}

}
