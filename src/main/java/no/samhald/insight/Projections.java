package no.samhald.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.CohortComponentProjection;
import no.samhald.insight.engine.ComponentAssumptions;
import no.samhald.insight.engine.PopulationSeries;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * Projections of any area's population by sex and age: cohort-component with components estimated
 * from the observed series (the default), cohort-change ratios (Hamilton–Perry), cohort-component
 * with the user's assumptions, or SSB's official projection when imported. A
 * projection is deterministic: the same data and request give the same numbers, and the result
 * names both.
 */
@Service
public class Projections {

	/** The furthest a projection may reach beyond its base year. */
	public static final int MAX_HORIZON = 80;

	private final Population population;

	/** The national projections kept per base year (#11). */
	private final NationalProjections kept = new NationalProjections();

	Projections(Population population) {
		this.population = population;
	}

	public Projection project(Area area, Integer from, Integer to, ProjectionRequest request) {
		return project(population.snapshot(), area, from, to, request);
	}

	/**
	 * The same from data already read: taking the snapshot asks the database for the data's version,
	 * which a backtest did three times for each municipality and interval (#11).
	 */
	Projection project(PopulationSnapshot data, Area area, Integer from, Integer to, ProjectionRequest request) {
		ProjectionMethod method = request.method() == null ? ProjectionMethod.DEFAULT : request.method();
		PopulationSeries observed = data.observed();
		if (observed.isEmpty()) {
			throw new NotFoundException("population data", "(nothing imported yet)");
		}
		int base = request.baseYear() != null ? request.baseYear() : observed.lastYear();
		if (!observed.hasYear(base)) {
			throw new InvalidInputException("baseYear", "insight.year.notObserved", String.valueOf(base));
		}
		int first = from != null ? from : base;
		int last = to != null ? to : base + 20;
		if (first > last) {
			throw new InvalidInputException("from", "insight.years.order", String.valueOf(first), String.valueOf(last));
		}
		if (first < observed.firstYear()) {
			throw new InvalidInputException("from", "insight.year.notObserved", String.valueOf(first));
		}
		if (last > base + MAX_HORIZON) {
			throw new InvalidInputException("to", "insight.year.tooFar", String.valueOf(last), String.valueOf(base + MAX_HORIZON));
		}
		int[] units = observedUnits(data, area, base);
		var years = new ArrayList<Projection.ProjectedYear>();
		Map<String, Object> assumptions;
		String alternative = null;
		switch (method) {
			case ESTIMATED_COMPONENT -> {
				NationalProjections.Estimated national = kept.estimated(data, base, last);
				for (int year = first; year <= last; year++) {
					years.add(year <= base ? observedYear(data, area, year)
							: year(year, false, national.years()[year - base].sum(units)));
				}
				assumptions = EstimatedAssumptions.describe(national.model(), observed, base, national.constrained());
			}
			case COHORT_CHANGE -> {
				NationalProjections.CohortChange national = kept.cohortChange(data, base, last);
				for (int year = first; year <= last; year++) {
					years.add(year <= base ? observedYear(data, area, year)
							: year(year, false, national.years()[year - base].sum(units)));
				}
				assumptions = CohortChangeAssumptions.describe(national.model(), observed, base);
			}
			case COHORT_COMPONENT -> {
				ComponentAssumptions resolved = request.assumptionsOrNone().resolve();
				AgeSexTable start = subTable(observed.table(base), observed.units(), units);
				AgeSexTable[] projected = componentProjection(start, base, Math.max(0, last - base), request.assumptionsOrNone(),
						resolved);
				int[] all = new int[units.length];
				for (int i = 0; i < all.length; i++) {
					all[i] = i;
				}
				for (int year = first; year <= last; year++) {
					years.add(year <= base ? observedYear(data, area, year)
							: year(year, false, projected[year - base].sum(all)));
				}
				assumptions = request.assumptionsOrNone().describe(resolved);
			}
			default -> {
				alternative = alternative(data, request.alternative());
				PopulationSeries official = data.official().get(alternative);
				int[] officialUnits = area.isNational() ? all(official) : indexes(area, official.units());
				for (int year = first; year <= last; year++) {
					if (year <= base) {
						years.add(observedYear(data, area, year));
					}
					else if (official.hasYear(year)) {
						years.add(year(year, false, official.table(year).sum(officialUnits)));
					}
					else {
						throw new InvalidInputException("to", "insight.year.notInOfficial", String.valueOf(year), alternative);
					}
				}
				assumptions = new LinkedHashMap<>(Map.of("alternative", alternative, "description",
						"SSB's official projection (table 14288) as imported; years up to the base year are observed"));
			}
		}
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("area", area.id());
		parameters.put("method", method.code());
		parameters.put("baseYear", base);
		parameters.put("from", first);
		parameters.put("to", last);
		if (alternative != null) {
			parameters.put("alternative", alternative);
		}
		if (method == ProjectionMethod.COHORT_COMPONENT) {
			parameters.put("assumptions", request.assumptionsOrNone());
		}
		return new Projection(area, method.code(), base, first, last, assumptions, dataSource(data, method), parameters,
				List.copyOf(years));
	}

	/** Both projections over the same years, with the second minus the first. */
	public ProjectionComparison compare(Area area, Integer from, Integer to, ProjectionRequest first,
			ProjectionRequest second) {
		Projection a = project(area, from, to, first);
		Projection b = project(area, from, to, second);
		var years = new ArrayList<ProjectionComparison.ComparedYear>();
		for (Projection.ProjectedYear ya : a.years()) {
			Projection.ProjectedYear yb = b.year(ya.year());
			if (yb != null) {
				years.add(new ProjectionComparison.ComparedYear(ya.year(), ya.total(), yb.total(), yb.total() - ya.total(),
						ya.sum(67, 105), yb.sum(67, 105), ya.sum(80, 105), yb.sum(80, 105)));
			}
		}
		return new ProjectionComparison(area, a, b, years);
	}

	/** The population by [sex][age] of an area in a year: observed when it is, else projected. */
	public double[][] population(Area area, int year, ProjectionRequest request) {
		Projection projection = project(area, year, year, request);
		Projection.ProjectedYear y = projection.years().get(0);
		return new double[][] { y.males(), y.females() };
	}

	/**
	 * The cohort-component projection; with a change year after the base year, the years before it
	 * are projected on the named scenario alone and the moved values hold from the change year on.
	 */
	private static AgeSexTable[] componentProjection(AgeSexTable start, int base, int steps,
			ProjectionAssumptions assumptions, ComponentAssumptions resolved) {
		Integer change = assumptions.changeYear();
		if (change == null || change <= base || steps == 0) {
			return CohortComponentProjection.project(start, steps, resolved);
		}
		int before = Math.min(steps, change - base);
		AgeSexTable[] first = CohortComponentProjection.project(start, before, assumptions.beforeChange().resolve());
		AgeSexTable[] second = CohortComponentProjection.project(first[before], steps - before, resolved);
		AgeSexTable[] years = java.util.Arrays.copyOf(first, steps + 1);
		System.arraycopy(second, 1, years, before + 1, steps - before);
		return years;
	}

	private static Projection.DataSource dataSource(PopulationSnapshot data, ProjectionMethod method) {
		var files = data.imports().stream()
			.filter(i -> method == ProjectionMethod.OFFICIAL || i.kind().equals("OBSERVED"))
			.map(i -> new Projection.SourceFile(i.id(), i.tableId(), i.fileName(), i.sha256()))
			.toList();
		String description = method == ProjectionMethod.OFFICIAL
				? "Statistisk sentralbyrå, tables 07459 and 14288 (NLOD 2.0)"
				: "Statistisk sentralbyrå, table 07459 (NLOD 2.0)";
		return new Projection.DataSource(description, data.observed().years(), files);
	}

	private static String alternative(PopulationSnapshot data, String requested) {
		if (data.official().isEmpty()) {
			throw new NotFoundException("official projection", "(SSB table 14288 not imported)");
		}
		String alternative = requested == null || requested.isBlank() ? "MMMM" : requested.strip().toUpperCase();
		if (!data.official().containsKey(alternative)) {
			if (requested == null || requested.isBlank()) {
				return data.official().keySet().stream().sorted().findFirst().orElseThrow();
			}
			throw new NotFoundException("official projection alternative", alternative);
		}
		return alternative;
	}

	private Projection.ProjectedYear observedYear(PopulationSnapshot data, Area area, int year) {
		return year(year, true, data.observed().table(year).sum(observedUnits(data, area, year)));
	}

	/**
	 * The units holding the area's population in an observed year. A year that lacks any of the
	 * area's municipalities (for the nation: any municipality of the nearest other year) is never
	 * summed: the exception names the municipalities without figures.
	 */
	private int[] observedUnits(PopulationSnapshot data, Area area, int year) {
		PopulationSeries observed = data.observed();
		if (!observed.hasYear(year)) {
			throw new InvalidInputException("from", "insight.year.notObserved", String.valueOf(year));
		}
		Set<String> held = kept.held(data, year);
		if (area.isNational()) {
			requireAll(CountryCoverage.missing(CountryCoverage.nearestOtherYear(observed, year), held), year);
			return all(observed);
		}
		indexes(area, observed.units());
		requireAll(CountryCoverage.missingForArea(area.municipalities(), held), year);
		return indexes(area, observed.units(), held);
	}

	private void requireAll(List<String> missing, int year) {
		if (!missing.isEmpty()) {
			throw new IncompleteYearException("from", "insight.year.incomplete", year, population.names(missing));
		}
	}

	private static Projection.ProjectedYear year(int year, boolean isObserved, double[][] bySexAndAge) {
		double total = 0;
		for (double[] bySex : bySexAndAge) {
			for (double v : bySex) {
				total += v;
			}
		}
		return new Projection.ProjectedYear(year, isObserved, total, bySexAndAge[0], bySexAndAge[1]);
	}

	private static int[] indexes(Area area, List<String> units) {
		return indexes(area, units, new java.util.HashSet<>(units));
	}

	/**
	 * Where the area's municipalities are among the units: under their own or other number, or a
	 * split municipality as the sum of its parts ({@link CountryCoverage#heldAs}).
	 */
	private static int[] indexes(Area area, List<String> units, java.util.Set<String> held) {
		if (area.municipalities().isEmpty()) {
			throw new NotFoundException("municipalities of area", area.id());
		}
		for (String code : area.municipalities()) {
			if (CountryCoverage.heldAs(code, held).isEmpty()) {
				throw new NotFoundException("population of municipality", code);
			}
		}
		return CountryCoverage.unitsOfArea(area.municipalities(), held).stream().mapToInt(units::indexOf).toArray();
	}

	/** Every unit, pseudo-regions included, so that national totals are SSB's. */
	private static int[] all(PopulationSeries series) {
		int[] all = new int[series.units().size()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return all;
	}

	private static AgeSexTable subTable(AgeSexTable table, List<String> names, int[] units) {
		var codes = new ArrayList<String>();
		for (int u : units) {
			codes.add(names.get(u));
		}
		var sub = new AgeSexTable(codes);
		for (int i = 0; i < units.length; i++) {
			for (int s = 0; s < 2; s++) {
				for (int a = 0; a < AgeSexTable.AGES; a++) {
					sub.set(i, s, a, table.get(units[i], s, a));
				}
			}
		}
		return sub;
	}
}
