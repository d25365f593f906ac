package no.samhald.insight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import no.samhald.insight.engine.AgeGroup;
import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.CohortChangeProjection;
import no.samhald.insight.engine.CohortComponentProjection;
import no.samhald.insight.engine.ComponentAssumptions;
import no.samhald.insight.engine.EstimatedComponentProjection;
import no.samhald.insight.engine.PopulationSeries;
import no.samhald.insight.engine.DemandRate;
import no.samhald.insight.engine.SsbTable;
import no.samhald.insight.engine.SsbTableReader;
import no.samhald.insight.engine.SteeringIndicators;

/**
 * Speed of the engine on all of Norway (356 municipalities + SSB's pseudo-regions × 2 sexes × 106
 * ages), one thread. Goal: a 30-year projection under 50 ms. Not a test (surefire skips *Benchmark*).
 * <p>
 * Run from the project root, after {@code ./mvnw -B -o -q test-compile}:
 * <pre>
 * ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) no.samhald.insight.ProjectionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ProjectionBenchmark {

	static final Path DATA = Path.of("../shared/data/ssb-07459");

	PopulationSeries observed;

	AgeSexTable base;

	ComponentAssumptions assumptions;

	AgeSexTable[] projected;

	List<DemandRate> rates;

	int[][] municipalities;

	@Setup
	public void load() throws IOException {
		var reader = new SsbTableReader(code -> true);
		var tables = new ArrayList<SsbTable>();
		for (int year = 2020; year <= 2022; year++) {
			tables.add(reader.read(Files.readAllBytes(DATA.resolve("population_by_age_sex_" + year + ".csv"))));
		}
		var units = new java.util.TreeSet<String>();
		tables.forEach(t -> t.cells().values().forEach(u -> units.addAll(u.keySet())));
		observed = new PopulationSeries(new ArrayList<>(units));
		tables.forEach(t -> t.cells().forEach((key, byUnit) -> byUnit.forEach((unit, counts) -> {
			observed.put(key.year(), unit, AgeSexTable.MALE, counts[0]);
			observed.put(key.year(), unit, AgeSexTable.FEMALE, counts[1]);
		})));
		base = observed.table(2022);
		assumptions = ComponentAssumptions.of(1.5, 82.5, 85.5, null);
		projected = new CohortChangeProjection(observed, 2022).project(2052);
		var homeCare = new EnumMap<AgeGroup, Double>(AgeGroup.class);
		homeCare.put(AgeGroup.AGE_67_79, 70.0);
		homeCare.put(AgeGroup.AGE_80_89, 280.0);
		homeCare.put(AgeGroup.AGE_90_PLUS, 550.0);
		rates = List.of(new DemandRate("home-care", homeCare, 2022, 0, 0.3),
				new DemandRate("nursing-home", homeCare, 2022, 0.01, 1.1));
		municipalities = new int[observed.units().size()][];
		for (int u = 0; u < municipalities.length; u++) {
			municipalities[u] = new int[] { u };
		}
	}

	/** Ratios from 2020–2022 and 30 years ahead for every municipality. */
	@Benchmark
	public AgeSexTable[] cohortChangeAllMunicipalities30Years() {
		return new CohortChangeProjection(observed, 2022).project(2052);
	}

	/** The default: components estimated from 2020–2022 and 30 years ahead for every municipality. */
	@Benchmark
	public AgeSexTable[] estimatedComponentAllMunicipalities30Years() {
		return new EstimatedComponentProjection(observed, 2022).project(2052);
	}

	/** Cohort-component with a TFR, life expectancies (standard schedules) and no migration, 30 years. */
	@Benchmark
	public AgeSexTable[] cohortComponentAllMunicipalities30Years() {
		return CohortComponentProjection.project(base, 30, assumptions);
	}

	/** The indicator set (groups, 67+…90+, dependency, frailty, 2 services) of every municipality for all 31 years. */
	@Benchmark
	public void indicatorsAllMunicipalities31Years(Blackhole blackhole) {
		for (AgeSexTable year : projected) {
			for (int[] unit : municipalities) {
				blackhole.consume(SteeringIndicators.compute(year.sum(unit), 2030, 0.31, rates));
			}
		}
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(ProjectionBenchmark.class.getSimpleName()).build()).run();
	}

}
