package no.samhald.insight.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.insight.Area;
import no.samhald.insight.Areas;
import no.samhald.insight.Backtests;
import no.samhald.insight.Dashboards;
import no.samhald.insight.Population;
import no.samhald.insight.Projection;
import no.samhald.insight.ProjectionMethod;
import no.samhald.insight.Projections;
import no.samhald.insight.YearChecksum;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * Scenarios a leader can try, save and compare. Anyone may try one and open a saved one's link
 * (the figures are public, like the dashboards); the community's members and coordinators save
 * them; the member who saved one and the coordinators rename or delete it.
 * <p>
 * A saved scenario keeps its parameters with the base year and last year fixed, the SHA-256 of
 * every population series-year it was computed from and the totals it showed; opening it
 * recomputes from the parameters and says when the data (or the numbers) are no longer the same.
 */
@Service
class Scenarios {

	static final int MAX_COMPARED = 3;

	static final int MAX_NAME = 200;

	/** Totals closer than this (persons) are the same number: the sums are of doubles. */
	private static final double SAME = 0.05;

	private final Population population;

	private final Projections projections;

	private final Backtests backtests;

	private final Areas areas;

	private final ScenarioStore store;

	private final Access access;

	private final AuditLog audit;

	Scenarios(Population population, Projections projections, Backtests backtests, Areas areas, ScenarioStore store,
			Access access, AuditLog audit) {
		this.population = population;
		this.projections = projections;
		this.backtests = backtests;
		this.areas = areas;
		this.store = store;
		this.access = access;
		this.audit = audit;
	}

	/** The scenario computed now, with its backtest; invalid assumptions are a 400 naming the field. */
	ScenarioResult compute(Community community, ScenarioParameters parameters) {
		ScenarioResult result = project(community, parameters);
		Area area = result.projection().area();
		return new ScenarioResult(result.parameters(), result.projection(),
				backtests.of(community, area, result.parameters().request()));
	}

	/** The projection alone (saving needs no backtest), with the parameters fixed. */
	private ScenarioResult project(Community community, ScenarioParameters parameters) {
		List<Integer> observed = population.observedYears();
		if (observed.isEmpty()) {
			throw new NotFoundException("population data", "(nothing imported yet)");
		}
		Area area = areas.resolve(community, parameters.area());
		int base = parameters.baseYear() != null ? parameters.baseYear() : observed.get(observed.size() - 1);
		int last = parameters.to() != null ? parameters.to() : Math.max(base, Dashboards.HORIZON);
		ScenarioParameters fixed = parameters.fixed(area.id(), base, last);
		return new ScenarioResult(fixed, projections.project(area, base, last, fixed.request()), null);
	}

	@Transactional
	long save(Community community, String name, ScenarioParameters parameters) {
		if (!access.isMemberOf(community.slug())) {
			throw new AccessDeniedException("Not a member of " + community.slug());
		}
		String checked = checkedName(name);
		ScenarioResult result = project(community, parameters);
		long id = store.insert(community.id(), checked, result.parameters(), used(result.projection()),
				totals(result.projection()), access.currentUsername());
		audit.record(community.slug(), "insight.scenario.saved", "scenario " + id, checked);
		return id;
	}

	/** Saves a scenario of the demo data, as the given account (no one is signed in at start-up). */
	@Transactional
	long saveDemo(Community community, String name, ScenarioParameters parameters, String createdBy) {
		ScenarioResult result = project(community, parameters);
		return store.insert(community.id(), name, result.parameters(), used(result.projection()),
				totals(result.projection()), createdBy);
	}

	List<Scenario> list(Community community) {
		return store.all(community.id());
	}

	Scenario get(Community community, long id) {
		return store.find(community.id(), id).orElseThrow(() -> new NotFoundException("scenario", id));
	}

	/** The saved scenario recomputed from its parameters, and what differs from when it was saved. */
	OpenedScenario open(Community community, long id) {
		Scenario scenario = get(community, id);
		Map<String, String> now = population.checksums().stream()
			.collect(Collectors.toMap(YearChecksum::label, YearChecksum::sha256));
		List<YearChecksum> changed = scenario.checksums().stream()
			.filter(c -> !c.sha256().equals(now.get(c.label())))
			.toList();
		try {
			ScenarioResult result = compute(community, scenario.parameters());
			var different = new ArrayList<Integer>();
			Map<Integer, Double> totals = totals(result.projection());
			scenario.savedTotals().forEach((year, saved) -> {
				Double today = totals.get(year);
				if (today == null || Math.abs(today - saved) > SAME) {
					different.add(year);
				}
			});
			return new OpenedScenario(scenario, result, changed, List.copyOf(different), null, List.of());
		}
		catch (InvalidInputException ex) {
			var problem = ex.problems().get(0);
			return new OpenedScenario(scenario, null, changed, List.copyOf(scenario.savedTotals().keySet()),
					problem.messageKey(), Arrays.asList(problem.arguments()));
		}
		catch (NotFoundException ex) {
			return new OpenedScenario(scenario, null, changed, List.copyOf(scenario.savedTotals().keySet()),
					"scenario.open.noData", List.of());
		}
	}

	/** Up to {@link #MAX_COMPARED} saved scenarios, each opened, in the order asked. */
	List<OpenedScenario> compare(Community community, List<Long> ids) {
		List<Long> distinct = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
		if (distinct.size() > MAX_COMPARED) {
			throw new InvalidInputException("ids", "scenario.compare.tooMany", MAX_COMPARED);
		}
		return distinct.stream().map(id -> open(community, id)).toList();
	}

	@Transactional
	void rename(Community community, long id, String name, int version) {
		Scenario scenario = get(community, id);
		requireMayChange(community, scenario);
		String checked = checkedName(name);
		store.rename(community.id(), id, checked, version);
		audit.record(community.slug(), "insight.scenario.renamed", "scenario " + id, scenario.name() + " → " + checked);
	}

	@Transactional
	void delete(Community community, long id, int version) {
		Scenario scenario = get(community, id);
		requireMayChange(community, scenario);
		store.delete(community.id(), id, version);
		audit.record(community.slug(), "insight.scenario.deleted", "scenario " + id, scenario.name());
	}

	boolean mayChange(Community community, Scenario scenario) {
		return access.canCoordinate(community.slug())
				|| (access.isMemberOf(community.slug()) && scenario.createdBy().equals(access.currentUsername()));
	}

	private void requireMayChange(Community community, Scenario scenario) {
		if (!mayChange(community, scenario)) {
			throw new AccessDeniedException("Neither a coordinator nor the one who saved scenario " + scenario.id());
		}
	}

	private static String checkedName(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw new InvalidInputException("name", "scenario.name.required");
		}
		if (stripped.length() > MAX_NAME) {
			throw new InvalidInputException("name", "scenario.name.tooLong", MAX_NAME);
		}
		IdentityNumbers.refuseIn("name", stripped);
		return stripped;
	}

	/** The series-years the projection was computed from: observed years up to the base year, and SSB's alternative. */
	private List<YearChecksum> used(Projection projection) {
		Object alternative = projection.parameters().get("alternative");
		boolean official = ProjectionMethod.of(projection.method()) == ProjectionMethod.OFFICIAL;
		return population.checksums().stream()
			.filter(c -> c.series().equals("observed") ? c.year() <= projection.baseYear()
					: official && c.series().equals(alternative))
			.toList();
	}

	static Map<Integer, Double> totals(Projection projection) {
		return projection.years().stream()
			.collect(Collectors.toMap(Projection.ProjectedYear::year, Projection.ProjectedYear::total, (a, b) -> a,
					TreeMap::new));
	}

}
