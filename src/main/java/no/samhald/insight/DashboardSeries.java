package no.samhald.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.platform.NotFoundException;

/**
 * Other modules' figures per municipality ({@link DashboardSeriesSource}) per 1 000 inhabitants of
 * a group, for the dashboards. Public like the rest of insight: the sources give only what their
 * own public results show, and small counts stay hidden.
 */
@Service
public class DashboardSeries {

	private final List<DashboardSeriesSource> sources;

	private final Dashboards dashboards;

	private final Population population;

	DashboardSeries(List<DashboardSeriesSource> sources, Dashboards dashboards, Population population) {
		this.sources = sources;
		this.dashboards = dashboards;
		this.population = population;
	}

	/** Every series the community can show, source by source. */
	public List<DashboardSeriesSource.SeriesChoice> choices(Community community, Locale locale) {
		return sources.stream().flatMap(s -> s.choices(community.id(), locale).stream()).toList();
	}

	/**
	 * The series per 1 000 inhabitants of the group for the chosen area and the community's areas
	 * that contain it or lie within it.
	 * @throws NotFoundException when the key is unknown or no population is imported
	 */
	public SeriesTable of(Community community, Area chosen, String key, PopulationGroup group, Locale locale) {
		MunicipalSeries series = sources.stream()
			.map(s -> s.series(community.id(), key, locale))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("series", key));
		int year = populationYear(series.year());
		var rows = new ArrayList<SeriesTable.Row>();
		for (Area area : around(community, chosen)) {
			row(area, series, group, year).ifPresent(rows::add);
		}
		return new SeriesTable(series, group, year, List.copyOf(rows));
	}

	/** The chosen area first, then the community's areas containing it or within it (the nation stands for the community). */
	private List<Area> around(Community community, Area chosen) {
		List<Area> areas = dashboards.choices(community).stream().filter(a -> !a.isNational()).toList();
		Area centre = chosen.isNational() ? areas.get(0) : chosen;
		Set<String> inCentre = new HashSet<>(centre.municipalities());
		var around = new ArrayList<Area>(List.of(centre));
		for (Area area : areas) {
			Set<String> inArea = new HashSet<>(area.municipalities());
			boolean related = inArea.containsAll(inCentre) || inCentre.containsAll(inArea);
			if (related && !area.id().equals(centre.id()) && !inArea.isEmpty()) {
				around.add(area);
			}
		}
		return around;
	}

	private Optional<SeriesTable.Row> row(Area area, MunicipalSeries series, PopulationGroup group, int year) {
		List<String> covered = area.municipalities().stream().filter(series::covers).toList();
		if (covered.isEmpty()) {
			return Optional.empty();
		}
		long inhabitants = covered.stream().mapToLong(m -> inhabitants(m, year, group)).sum();
		int total = area.municipalities().size();
		if (covered.stream().anyMatch(series.hidden()::contains)) {
			return Optional.of(new SeriesTable.Row(area, null, true, inhabitants, null, covered.size(), total));
		}
		BigDecimal sum = covered.stream().map(series.values()::get).reduce(BigDecimal.ZERO, BigDecimal::add);
		Double rate = inhabitants == 0 ? null : sum.doubleValue() * 1000 / inhabitants;
		return Optional.of(new SeriesTable.Row(area, sum, false, inhabitants, rate, covered.size(), total));
	}

	private long inhabitants(String municipality, int year, PopulationGroup group) {
		try {
			return group.count(population.observed(municipality, year));
		}
		catch (NotFoundException ex) {
			return 0;
		}
	}

	/** The series' year when observed, else the nearest observed year before it, else the first observed. */
	private int populationYear(int seriesYear) {
		List<Integer> observed = population.observedYears();
		if (observed.isEmpty()) {
			throw new NotFoundException("population data", "(nothing imported yet)");
		}
		return observed.stream().filter(y -> y <= seriesYear).reduce((a, b) -> b).orElse(observed.get(0));
	}

}
