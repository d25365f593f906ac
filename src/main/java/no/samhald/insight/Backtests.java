package no.samhald.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * Backtests beside every projection: the method is run from an earlier observed year (with the
 * data up to that year only: the projection's base year) to a later observed one, municipality by
 * municipality, and compared with what was observed. Intervals: from each of the last
 * {@link #START_YEARS} observed years before the last to the last, and each one-year step among
 * them; with 2020–2022 that is 2020→2021, 2020→2022 and 2021→2022.
 * <p>
 * A municipality is projected on its own, so that migration given for the whole area is shared out
 * by the municipality's part of the area's population in the start year.
 */
@Service
public class Backtests {

	static final int START_YEARS = 10;

	private final Population population;

	private final Projections projections;

	private final Areas areas;

	Backtests(Population population, Projections projections, Areas areas) {
		this.population = population;
		this.projections = projections;
		this.areas = areas;
	}

	public Backtest of(Community community, Area area, ProjectionRequest request) {
		ProjectionMethod method = request.method() == null ? ProjectionMethod.COHORT_CHANGE : request.method();
		List<String> codes = area.isNational() ? areas.resolve(community, community.slug()).municipalities()
				: area.municipalities();
		// One snapshot for all: each municipality and interval reads the same data.
		PopulationSnapshot data = population.snapshot();
		var intervals = new ArrayList<Backtest.Interval>();
		for (int[] interval : intervals(data.observed().years())) {
			intervals.add(method == ProjectionMethod.OFFICIAL
					? unavailable(interval, "backtest.official", List.of())
					: interval(data, codes, interval[0], interval[1], request));
		}
		return new Backtest(method.code(), codes, intervals);
	}

	/** The (from, to) pairs to test, oldest start first. */
	static List<int[]> intervals(List<Integer> observed) {
		var pairs = new ArrayList<int[]>();
		List<Integer> years = observed.subList(Math.max(0, observed.size() - START_YEARS - 1), observed.size());
		int last = years.isEmpty() ? 0 : years.get(years.size() - 1);
		for (int i = 0; i < years.size() - 1; i++) {
			int from = years.get(i);
			int next = years.get(i + 1);
			pairs.add(new int[] { from, next });
			if (next != last) {
				pairs.add(new int[] { from, last });
			}
		}
		return pairs;
	}

	private Backtest.Interval interval(PopulationSnapshot data, List<String> codes, int from, int to,
			ProjectionRequest request) {
		Map<String, Double> start = new LinkedHashMap<>();
		for (String code : codes) {
			try {
				start.put(code, (double) population.observed(data, code, from).total());
			}
			catch (NotFoundException ex) {
				// A municipality without figures in the start year (a new code) cannot be tested.
			}
		}
		double areaTotal = start.values().stream().mapToDouble(Double::doubleValue).sum();
		var errors = new ArrayList<Backtest.Error>();
		try {
			for (var entry : start.entrySet()) {
				String code = entry.getKey();
				double share = areaTotal > 0 ? entry.getValue() / areaTotal : 0;
				var tested = new ProjectionRequest(request.method(), from, request.assumptionsOrNone().forShare(share),
						request.alternative());
				double projected = projections.project(data, areas.municipality(code), to, to, tested).years().get(0).total();
				PopulationByAge observed = population.observed(data, code, to);
				errors.add(new Backtest.Error(code, observed.name(), entry.getValue(), observed.total(), projected,
						percent(projected, observed.total())));
			}
		}
		catch (InvalidInputException ex) {
			var problem = ex.problems().get(0);
			return unavailable(new int[] { from, to }, problem.messageKey(), java.util.Arrays.asList(problem.arguments()));
		}
		return summary(from, to, errors);
	}

	/** MAPE, no-change MAPE and the worst municipality of the errors. */
	static Backtest.Interval summary(int from, int to, List<Backtest.Error> errors) {
		if (errors.isEmpty()) {
			return unavailable(new int[] { from, to }, "backtest.noMunicipalities", List.of());
		}
		double mape = errors.stream().mapToDouble(e -> Math.abs(e.percentError())).average().orElseThrow();
		double noChange = errors.stream().mapToDouble(e -> Math.abs(percent(e.startPopulation(), e.observed()))).average()
			.orElseThrow();
		Backtest.Error worst = errors.stream().max(Comparator.comparingDouble(e -> Math.abs(e.percentError()))).orElseThrow();
		return new Backtest.Interval(from, to, null, List.of(), mape, noChange, worst, List.copyOf(errors));
	}

	private static Backtest.Interval unavailable(int[] interval, String messageKey, List<Object> arguments) {
		return new Backtest.Interval(interval[0], interval[1], messageKey, arguments, null, null, null, List.of());
	}

	static double percent(double projected, double observed) {
		return observed == 0 ? 0 : 100 * (projected - observed) / observed;
	}

}
