package no.samhald.insight;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.CohortChangeProjection;
import no.samhald.insight.engine.EstimatedComponentProjection;
import no.samhald.platform.InvalidInputException;

/**
 * The projections of every municipality that {@link Projections} keeps per base year while the data
 * are unchanged. The dashboard's backtests project from each earlier observed year on the same
 * request as the dashboard's own projection, and one kept projection made each request compute the
 * nation three times (#11: 57 ms of CPU a dashboard, 0.5 dashboards/s under load).
 */
final class NationalProjections {

	private final Map<Integer, CohortChange> cohortChange = new ConcurrentHashMap<>();

	private final Map<Integer, Estimated> estimated = new ConcurrentHashMap<>();

	private final Map<Long, Map<Integer, Set<String>>> heldByVersion = new ConcurrentHashMap<>();

	/** A kept projection: the data version it was made on, its model (null: no transitions) and years. */
	private interface Kept {

		long version();

		Object model();

		AgeSexTable[] years();

	}

	/** The cohort-change projection of every municipality from one base year. */
	record CohortChange(long version, int baseYear, CohortChangeProjection model, AgeSexTable[] years) implements Kept {
	}

	/** The estimated cohort-component projection of every municipality. */
	record Estimated(long version, int baseYear, EstimatedComponentProjection model, boolean constrained,
			AgeSexTable[] years) implements Kept {
	}

	CohortChange cohortChange(PopulationSnapshot data, int base, int last) {
		CohortChange cached = reusable(cohortChange, data, base, last);
		if (cached != null) {
			return cached;
		}
		var model = new CohortChangeProjection(data.observed(), base);
		if (model.transitions() == 0) {
			keep(cohortChange, base, new CohortChange(data.version(), base, null, null));
			throw noTransitions(base);
		}
		var national = new CohortChange(data.version(), base, model, model.project(horizon(data, base, last)));
		keep(cohortChange, base, national);
		return national;
	}

	Estimated estimated(PopulationSnapshot data, int base, int last) {
		Estimated cached = reusable(estimated, data, base, last);
		if (cached != null) {
			return cached;
		}
		var model = new EstimatedComponentProjection(data.observed(), base);
		if (model.transitions() == 0) {
			keep(estimated, base, new Estimated(data.version(), base, null, false, null));
			throw noTransitions(base);
		}
		var totals = OfficialCountyTotals.of(data, base);
		var national = new Estimated(data.version(), base, model, totals.isPresent(),
				model.project(horizon(data, base, last), totals.orElse(EstimatedComponentProjection.CountyTotals.NONE)));
		keep(estimated, base, national);
		return national;
	}

	/**
	 * The municipalities held for a year, found once per data version: each backtest of a dashboard
	 * scanned all ≈360 units for every municipality and interval (a sixth of a dashboard's time, #11).
	 */
	Set<String> held(PopulationSnapshot data, int year) {
		Map<Integer, Set<String>> ofVersion = heldByVersion.get(data.version());
		if (ofVersion == null) {
			heldByVersion.clear();
			ofVersion = new ConcurrentHashMap<>();
			heldByVersion.put(data.version(), ofVersion);
		}
		return ofVersion.computeIfAbsent(year, y -> Set.copyOf(CountryCoverage.presentIn(data.observed(), y)));
	}

	/**
	 * The kept projection from the base year when it is on the same data and reaches the last year.
	 * A base year without an observed year before it cannot be projected from; that is kept too (as a
	 * projection without a model), since the backtests ask for the first observed year on every
	 * dashboard and the model took a national estimation to find it had nothing to go on (#11).
	 */
	private static <P extends Kept> P reusable(Map<Integer, P> kept, PopulationSnapshot data, int base, int last) {
		P cached = kept.get(base);
		if (cached == null || cached.version() != data.version()) {
			return null;
		}
		if (cached.model() == null) {
			throw noTransitions(base);
		}
		return cached.years().length > last - base ? cached : null;
	}

	private static InvalidInputException noTransitions(int base) {
		return new InvalidInputException("baseYear", "insight.cohortChange.noTransitions", String.valueOf(base));
	}

	/**
	 * From the last observed year a little further than asked, which keeps the next request (a later
	 * year) in the cache; from an earlier one (a backtest) to the last observed year, which keeps those
	 * small, and the same for every interval (with a horizon per request, concurrent backtests replaced
	 * each other's projection and computed the nation again on every dashboard).
	 */
	private static int horizon(PopulationSnapshot data, int base, int last) {
		int lastObserved = data.observed().lastYear();
		return base == lastObserved ? Math.max(last, base + 30) : Math.max(last, lastObserved);
	}

	/** Keeps a projection beside those of other base years on the same data; those on older data go. */
	private static <P extends Kept> void keep(Map<Integer, P> kept, int base, P projection) {
		kept.values().removeIf(old -> old.version() != projection.version());
		kept.put(base, projection);
	}

}
