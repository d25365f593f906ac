package no.samhald.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.platform.NotFoundException;

/**
 * Dashboards for municipal planning: an area's indicators from the last observed year to 2040
 * (the horizon of the health communities' plans), and the areas one can choose.
 */
@Service
public class Dashboards {

	/** The year the joint plans look towards (seed 004: working age per pensioner in 2040). */
	public static final int HORIZON = 2040;

	/** The years between the base year and the horizon the tables single out. */
	public static final List<Integer> PLANNING_YEARS = List.of(2030, HORIZON);

	private final Population population;

	private final Projections projections;

	private final Indicators indicators;

	private final Areas areas;

	Dashboards(Population population, Projections projections, Indicators indicators, Areas areas) {
		this.population = population;
		this.projections = projections;
		this.indicators = indicators;
		this.areas = areas;
	}

	/** The community, its regions, its municipalities (by name) and the nation. */
	public List<Area> choices(Community community) {
		var choices = new ArrayList<Area>();
		for (Area area : areas.of(community)) {
			if (!area.municipalities().isEmpty()) {
				choices.add(area);
			}
		}
		Area whole = areas.resolve(community, community.slug());
		whole.municipalities().stream()
			.map(areas::municipality)
			.sorted(Comparator.comparing(Area::name))
			.forEach(choices::add);
		choices.add(areas.resolve(community, Areas.NATIONAL));
		return choices;
	}

	/**
	 * The area's dashboard by the method, from the last observed year to {@link #HORIZON}.
	 * @throws NotFoundException when there are no population figures for the area
	 * @throws no.samhald.platform.InvalidInputException when the method cannot reach the horizon
	 */
	public Dashboard of(Community community, Area area, ProjectionMethod method) {
		List<Integer> observed = population.observedYears();
		if (observed.isEmpty()) {
			throw new NotFoundException("population data", "(nothing imported yet)");
		}
		int base = observed.get(observed.size() - 1);
		Projection projection = projections.project(area, base, Math.max(base, HORIZON), ProjectionRequest.of(method));
		var keyYears = new ArrayList<Integer>(List.of(base));
		PLANNING_YEARS.stream().filter(y -> y > base).forEach(keyYears::add);
		return new Dashboard(area, method, base, List.copyOf(keyYears), indicators.of(community, projection));
	}

}
