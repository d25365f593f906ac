package no.samhald.insight;

import java.util.List;

/**
 * How well a method would have done: projections from an earlier observed year to a later one,
 * made with the same method and assumptions from the data up to the start year only, against what
 * was then observed, per municipality.
 *
 * @param municipalities the kommunenummer tested (the area's; for the nation, the community's)
 * @param intervals from the oldest start year; one interval each
 */
public record Backtest(String method, List<String> municipalities, List<Interval> intervals) {

	/**
	 * One start year to one later observed year.
	 *
	 * @param problem the message key when the method cannot project from the start year (then no figures), else null
	 * @param problemArguments the message's arguments
	 * @param meanAbsolutePercentError MAPE over the municipalities, in percent
	 * @param noChangeMeanAbsolutePercentError the MAPE of assuming no change at all (the start year's population), for scale
	 * @param worst the municipality with the largest absolute error
	 * @param errors every municipality, in code order
	 */
	public record Interval(int from, int to, String problem, List<Object> problemArguments, Double meanAbsolutePercentError,
			Double noChangeMeanAbsolutePercentError, Error worst, List<Error> errors) {

		public int years() {
			return to - from;
		}

		public boolean possible() {
			return problem == null;
		}

	}

	/** One municipality: observed and projected population in the later year; the error in percent of the observed (signed). */
	public record Error(String municipality, String name, double startPopulation, double observed, double projected,
			double percentError) {
	}

}
