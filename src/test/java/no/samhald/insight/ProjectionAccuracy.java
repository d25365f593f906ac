package no.samhald.insight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.CohortChangeProjection;
import no.samhald.insight.engine.CohortComponentProjection;
import no.samhald.insight.engine.ComponentAssumptions;
import no.samhald.insight.engine.EstimatedComponentProjection;
import no.samhald.insight.engine.PopulationSeries;
import no.samhald.insight.engine.SsbTable;
import no.samhald.insight.engine.SsbTableReader;

/**
 * What can be measured of the projection methods' accuracy on SSB's real files (2020–2022), by hand;
 * not a test (it reads the shared data folder, which tests must not). Figures go to docs/projections.md.
 * <ul>
 * <li>one-year backtest: fit on 2020–2021, project 2022, mean absolute percentage error of the
 * municipalities' totals (the 18 of Helse Førde, and all of Norway) against "no change";</li>
 * <li>12 and 28 years from 2022: the 18 municipalities' total, 67+ and 80+, and how far each method
 * moves the municipalities (mean absolute change), to judge plausibility.</li>
 * </ul>
 * Run from the project root after {@code ./mvnw -o -q test-compile}:
 * <pre>
 * ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) no.samhald.insight.ProjectionAccuracy
 * </pre>
 */
public final class ProjectionAccuracy {

	static final Path DATA = Path.of("../shared/data/ssb-07459");

	static final List<String> HELSE_FORDE = List.of("4602", "4640", "4641", "4642", "4643", "4644", "4645", "4646",
			"4647", "4648", "4649", "4650", "4651", "4636", "4637", "4638", "4639", "4635");

	record Method(String name, Function<PopulationSeries, Function<Integer, AgeSexTable[]>> make) {
	}

	static final List<Method> METHODS = List.of(
			new Method("no change", s -> to -> noChange(s, to)),
			new Method("cohort-change", s -> to -> new CohortChangeProjection(s, s.lastYear()).project(to)),
			new Method("cohort-component (medium, no migration)", s -> to -> CohortComponentProjection
				.project(s.table(s.lastYear()), to - s.lastYear(), ComponentAssumptions.of(1.5, 82.5, 85.5, null))),
			new Method("estimated-component", s -> to -> new EstimatedComponentProjection(s, s.lastYear()).project(to)));

	public static void main(String[] args) throws IOException {
		PopulationSeries all = load(2020, 2022);
		PopulationSeries fit = load(2020, 2021);
		List<String> municipalities = all.units().stream().filter(u -> u.matches("\\d{4}")).toList();
		System.out.println("One-year backtest: fit 2020–2021, project 2022; MAPE of municipal totals");
		for (Method method : METHODS) {
			AgeSexTable projected = method.make().apply(fit).apply(2022)[1];
			System.out.printf(Locale.ROOT, "  %-42s Helse Førde 18: %.2f %%   Norway %d: %.2f %%%n", method.name(),
					mape(projected, all.table(2022), HELSE_FORDE), municipalities.size(),
					mape(projected, all.table(2022), municipalities));
		}
		System.out.println("\nFrom 2022: the 18 municipalities (total, 67+, 80+) and mean |change| of a municipality");
		for (Method method : METHODS) {
			AgeSexTable[] years = method.make().apply(all).apply(2050);
			System.out.println("  " + method.name());
			for (int year : new int[] { 2022, 2026, 2030, 2034, 2040, 2050 }) {
				AgeSexTable t = years[year - 2022];
				double[][] sum = t.sum(indexes(t, HELSE_FORDE));
				System.out.printf(Locale.ROOT, "    %d total %7.0f  67+ %6.0f  80+ %6.0f  mean |change| %.1f %%  max |change| %.1f %%%n",
						year, total(sum, 0), total(sum, 67), total(sum, 80), mape(t, years[0], HELSE_FORDE),
						maxChange(t, years[0], HELSE_FORDE));
			}
		}
		System.out.println("\nSensitivity to the fitting year: 2022 projected on the 2020→2021 transition alone against the"
				+ " 2021→2022 transition alone; mean |difference| of the 18 municipalities' totals");
		PopulationSeries late = load(2021, 2022);
		PopulationSeries early = relabelled(all);
		for (Method method : METHODS.subList(1, METHODS.size())) {
			AgeSexTable[] a = method.make().apply(late).apply(2050);
			AgeSexTable[] b = method.make().apply(early).apply(2051);
			System.out.printf(Locale.ROOT, "  %-42s after 1 year %.2f %%, 12 years %.2f %%, 28 years %.2f %%%n", method.name(),
					mape(a[1], b[1], HELSE_FORDE), mape(a[12], b[12], HELSE_FORDE), mape(a[28], b[28], HELSE_FORDE));
		}
		AgeSexTable[] estimated = new EstimatedComponentProjection(all, 2022).project(2050);
		System.out.printf(Locale.ROOT, "%nestimated-component, Norway: 2022 %.0f, 2034 %.0f, 2050 %.0f%n", estimated[0].total(),
				estimated[12].total(), estimated[28].total());
		System.out.println("\nestimated-component by municipality: 2022, 2034, 2050");
		for (String code : HELSE_FORDE) {
			int u = all.units().indexOf(code);
			System.out.printf(Locale.ROOT, "  %s %6.0f %6.0f (%+.1f %%) %6.0f (%+.1f %%)%n", code, estimated[0].total(u),
					estimated[12].total(u), 100 * (estimated[12].total(u) / estimated[0].total(u) - 1), estimated[28].total(u),
					100 * (estimated[28].total(u) / estimated[0].total(u) - 1));
		}
	}

	/** 2020 and 2021 as they are, 2022 as if it were 2023: the only transition is 2020→2021, the base is 2022's table. */
	static PopulationSeries relabelled(PopulationSeries all) {
		var series = new PopulationSeries(all.units());
		for (int year : new int[] { 2020, 2021, 2022 }) {
			AgeSexTable table = all.table(year);
			for (String unit : all.units()) {
				int u = table.indexOf(unit);
				for (int s = 0; s < 2; s++) {
					int[] counts = new int[AgeSexTable.AGES];
					for (int a = 0; a < counts.length; a++) {
						counts[a] = (int) table.get(u, s, a);
					}
					series.put(year == 2022 ? 2023 : year, unit, s, counts);
				}
			}
		}
		return series;
	}

	static AgeSexTable[] noChange(PopulationSeries series, int to) {
		AgeSexTable[] years = new AgeSexTable[to - series.lastYear() + 1];
		java.util.Arrays.fill(years, series.table(series.lastYear()));
		return years;
	}

	static double mape(AgeSexTable projected, AgeSexTable actual, List<String> codes) {
		double sum = 0;
		for (String code : codes) {
			double a = actual.total(actual.indexOf(code));
			sum += Math.abs(projected.total(projected.indexOf(code)) / a - 1);
		}
		return 100 * sum / codes.size();
	}

	static double maxChange(AgeSexTable projected, AgeSexTable actual, List<String> codes) {
		double max = 0;
		for (String code : codes) {
			max = Math.max(max, Math.abs(projected.total(projected.indexOf(code)) / actual.total(actual.indexOf(code)) - 1));
		}
		return 100 * max;
	}

	static int[] indexes(AgeSexTable table, List<String> codes) {
		return codes.stream().mapToInt(table::indexOf).toArray();
	}

	static double total(double[][] bySexAndAge, int fromAge) {
		double sum = 0;
		for (double[] bySex : bySexAndAge) {
			for (int a = fromAge; a < bySex.length; a++) {
				sum += bySex[a];
			}
		}
		return sum;
	}

	static PopulationSeries load(int from, int to) throws IOException {
		var reader = new SsbTableReader(code -> true);
		var tables = new ArrayList<SsbTable>();
		for (int year = from; year <= to; year++) {
			tables.add(reader.read(Files.readAllBytes(DATA.resolve("population_by_age_sex_" + year + ".csv"))));
		}
		var units = new TreeSet<String>();
		tables.forEach(t -> t.cells().values().forEach(u -> units.addAll(u.keySet())));
		var series = new PopulationSeries(new ArrayList<>(units));
		tables.forEach(t -> t.cells().forEach((key, byUnit) -> byUnit.forEach((unit, counts) -> {
			series.put(key.year(), unit, AgeSexTable.MALE, counts[0]);
			series.put(key.year(), unit, AgeSexTable.FEMALE, counts[1]);
		})));
		return series;
	}

}
