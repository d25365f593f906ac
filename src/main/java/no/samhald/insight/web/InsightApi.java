package no.samhald.insight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.insight.Area;
import no.samhald.insight.Areas;
import no.samhald.insight.IndicatorSet;
import no.samhald.insight.Indicators;
import no.samhald.insight.Population;
import no.samhald.insight.PopulationByAge;
import no.samhald.insight.Projection;
import no.samhald.insight.ProjectionAssumptions;
import no.samhald.insight.ProjectionComparison;
import no.samhald.insight.ProjectionMethod;
import no.samhald.insight.ProjectionRequest;
import no.samhald.insight.Projections;
import no.samhald.insight.SaveServiceRate;
import no.samhald.insight.ServiceRate;
import no.samhald.insight.ServiceRates;
import no.samhald.insight.engine.AgeSexTable;
import no.samhald.platform.InvalidInputException;

/** Population, projections and indicators as JSON (imports: {@link PopulationImportApi}) (or CSV with {@code Accept: text/csv}) under {@code /api/v1/communities/{community}}. */
@RestController
@RequestMapping("/api/v1/communities/{community}")
record InsightApi(Population population, Projections projections, Indicators indicators, ServiceRates rates,
		Areas areas) {

	@GetMapping("/population")
	ResponseEntity<?> population(Community community, @RequestParam String municipality, @RequestParam int year,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(required = false) String format) {
		PopulationByAge p = population.observed(municipality.strip(), year);
		if (Csv.wanted(accept, format)) {
			var csv = new Csv("municipality", "year", "age", "males", "females", "total");
			for (int a = 0; a < AgeSexTable.AGES; a++) {
				csv.row(p.area(), p.year(), ageLabel(a), p.males()[a], p.females()[a], p.males()[a] + p.females()[a]);
			}
			return csv.response("population-" + p.area() + "-" + year);
		}
		var ages = new ArrayList<AgeJson>();
		for (int a = 0; a < AgeSexTable.AGES; a++) {
			ages.add(new AgeJson(a, ageLabel(a), p.males()[a], p.females()[a], p.males()[a] + p.females()[a]));
		}
		return ResponseEntity.ok(new PopulationJson(p.area(), p.name(), p.year(), p.total(),
				"Statistisk sentralbyrå, table 07459 (NLOD 2.0)", ages));
	}

	record PopulationJson(String municipality, String name, int year, long total, String source, List<AgeJson> ages) {
	}

	record AgeJson(int age, String label, long males, long females, long total) {
	}

	@GetMapping("/projections")
	ResponseEntity<?> projections(Community community, @ParameterObject ProjectionQuery query,
			@RequestParam(required = false) String method, @RequestParam(required = false) Integer baseYear,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		var request = new ProjectionRequest(ProjectionMethod.of(method), baseYear, query.assumptions(), query.alternative());
		Projection projection = projections.project(area(community, query.municipality(), query.area()), query.from(),
				query.to(), request);
		return Csv.wanted(accept, query.format()) ? projectionCsv(projection) : ResponseEntity.ok(projection);
	}

	/**
	 * What a projection and a comparison are asked for by query: the area (a municipality, or an
	 * area id), the years, SSB's alternative and the assumptions that may be given as numbers.
	 */
	record ProjectionQuery(String municipality, String area, Integer from, Integer to, String alternative,
			String scenario, Double totalFertility, Double lifeExpectancyMale, Double lifeExpectancyFemale,
			Double netMigrationPerYear, Integer changeYear, String format) {

		ProjectionAssumptions assumptions() {
			return new ProjectionAssumptions(scenario, totalFertility, null, lifeExpectancyMale, lifeExpectancyFemale,
					null, null, netMigrationPerYear, null, null, null, changeYear);
		}

	}

	/** A projection with full assumptions (schedules by age) in the body. */
	@PostMapping("/projections")
	ResponseEntity<?> project(Community community, @RequestBody ProjectionBody body,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		var request = new ProjectionRequest(ProjectionMethod.of(body.method()), body.baseYear(), body.assumptions(),
				body.alternative());
		Projection projection = projections.project(area(community, null, body.area()), body.from(), body.to(), request);
		return Csv.wanted(accept, null) ? projectionCsv(projection) : ResponseEntity.ok(projection);
	}

	record ProjectionBody(String area, Integer from, Integer to, String method, Integer baseYear, String alternative,
			ProjectionAssumptions assumptions) {
	}

	@GetMapping("/projections/comparison")
	ResponseEntity<?> compare(Community community, @ParameterObject ProjectionQuery query,
			@RequestParam(defaultValue = "estimated-component") String first,
			@RequestParam(defaultValue = "cohort-component") String second,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		ProjectionComparison comparison = projections.compare(area(community, query.municipality(), query.area()),
				query.from(), query.to(),
				new ProjectionRequest(ProjectionMethod.of(first), null, query.assumptions(), query.alternative()),
				new ProjectionRequest(ProjectionMethod.of(second), null, query.assumptions(), query.alternative()));
		if (Csv.wanted(accept, query.format())) {
			var csv = new Csv("year", "firstMethod", "firstTotal", "secondMethod", "secondTotal", "totalDifference",
					"firstAged67Plus", "secondAged67Plus", "firstAged80Plus", "secondAged80Plus");
			comparison.years().forEach(y -> csv.row(y.year(), comparison.first().method(), y.firstTotal(),
					comparison.second().method(), y.secondTotal(), y.totalDifference(), y.firstAged67Plus(),
					y.secondAged67Plus(), y.firstAged80Plus(), y.secondAged80Plus()));
			return csv.response("comparison-" + comparison.area().id());
		}
		return ResponseEntity.ok(comparison);
	}

	@GetMapping("/indicators")
	ResponseEntity<?> indicators(Community community, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) String method,
			@RequestParam(required = false) String alternative, @RequestParam(required = false) String scenario,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(required = false) String format) {
		Area resolved = areas.resolve(community, area);
		var assumptions = ProjectionAssumptions.named(scenario);
		var request = new ProjectionRequest(ProjectionMethod.of(method), null, assumptions, alternative);
		Integer first = year != null ? year : from;
		Integer last = year != null ? year : to;
		if (first == null && last == null) {
			List<Integer> observed = population.observedYears();
			first = last = observed.isEmpty() ? null : observed.get(observed.size() - 1);
		}
		List<IndicatorSet> sets = indicators.of(community, projections.project(resolved, first, last, request));
		if (Csv.wanted(accept, format)) {
			return indicatorCsv(sets).response("indicators-" + resolved.id());
		}
		return year != null ? ResponseEntity.ok(sets.get(0)) : ResponseEntity.ok(sets);
	}

	@GetMapping("/services")
	Map<String, Object> services(Community community) {
		return Map.of("frailShare", rates.frailShare(community.id()), "services", rates.all(community.id()));
	}

	@PutMapping("/services/{service}")
	ServiceRate saveService(Community community, @PathVariable String service, @RequestBody SaveServiceRate rate) {
		return rates.save(community, rate.forService(service));
	}

	@PutMapping("/services/frail-share")
	Map<String, Object> frailShare(Community community, @RequestBody Map<String, Double> body) {
		Double share = body.get("frailShare");
		if (share == null) {
			throw new InvalidInputException("frailShare", "validation.required");
		}
		rates.setFrailShare(community, share);
		return Map.of("frailShare", rates.frailShare(community.id()));
	}

	private Area area(Community community, String municipality, String area) {
		if (municipality != null && !municipality.isBlank()) {
			return areas.resolve(community, municipality.strip());
		}
		return areas.resolve(community, area);
	}

	private static ResponseEntity<String> projectionCsv(Projection projection) {
		var csv = new Csv("area", "method", "year", "observed", "age", "males", "females", "total");
		for (Projection.ProjectedYear y : projection.years()) {
			for (int a = 0; a < AgeSexTable.AGES; a++) {
				csv.row(projection.area().id(), projection.method(), y.year(), y.observed(), ageLabel(a), y.males()[a],
						y.females()[a], y.males()[a] + y.females()[a]);
			}
		}
		return csv.response("projection-" + projection.area().id() + "-" + projection.method());
	}

	static Csv indicatorCsv(List<IndicatorSet> sets) {
		var header = new ArrayList<>(List.of("area", "areaName", "year", "observed", "method", "total"));
		if (!sets.isEmpty()) {
			sets.get(0).ageGroups().keySet().forEach(g -> header.add("age" + g));
		}
		header.addAll(List.of("aged67Plus", "aged75Plus", "aged80Plus", "aged90Plus", "workingAgePerElderly",
				"economicallyActivePerPensioner", "frailShare", "frailElderly"));
		if (!sets.isEmpty()) {
			sets.get(0).demand().forEach(d -> {
				header.add(d.service() + "Users");
				header.add(d.service() + "FullTimeEquivalents");
			});
		}
		var csv = new Csv(header.toArray(String[]::new));
		for (IndicatorSet s : sets) {
			var row = new ArrayList<Object>(List.of(s.area().id(), s.area().name(), s.year(), s.observed(),
					s.method() == null ? "" : s.method(), s.total()));
			row.addAll(s.ageGroups().values());
			row.addAll(java.util.Arrays.asList(s.aged67Plus(), s.aged75Plus(), s.aged80Plus(), s.aged90Plus(),
					s.workingAgePerElderly(), s.economicallyActivePerPensioner(), s.frailShare(), s.frailElderly()));
			s.demand().forEach(d -> {
				row.add(d.users());
				row.add(d.fullTimeEquivalents());
			});
			csv.row(row.toArray());
		}
		return csv;
	}

	static String ageLabel(int age) {
		return age == AgeSexTable.OPEN_AGE ? "105+" : String.valueOf(age);
	}

}
