package no.samhald.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.insight.engine.AgeGroup;
import no.samhald.insight.engine.IndicatorValues;
import no.samhald.insight.engine.SteeringIndicators;

/**
 * Steering indicators for an area (municipality, region, community, nation) and year: observed
 * where the year is observed, projected otherwise; demand from the community's own service rates.
 */
@Service
public class Indicators {

	private final Projections projections;

	private final ServiceRates rates;

	Indicators(Projections projections, ServiceRates rates) {
		this.projections = projections;
		this.rates = rates;
	}

	public IndicatorSet of(Community community, Area area, int year, ProjectionRequest request) {
		Projection projection = projections.project(area, year, year, request);
		return of(community, projection).get(0);
	}

	/** The indicators of every year of a projection, with the community's frail share and service rates. */
	public List<IndicatorSet> of(Community community, Projection projection) {
		double frailShare = rates.frailShare(community.id());
		var engineRates = rates.forEngine(community.id());
		Map<String, String> names = rates.all(community.id()).stream()
			.collect(Collectors.toMap(ServiceRate::service, ServiceRate::name, (a, b) -> a));
		return projection.years().stream().map(y -> {
			IndicatorValues v = SteeringIndicators.compute(new double[][] { y.males(), y.females() }, y.year(), frailShare,
					engineRates);
			var groups = new LinkedHashMap<String, Double>();
			for (AgeGroup group : AgeGroup.values()) {
				groups.put(group.label(), v.ageGroups().get(group));
			}
			var demand = v.demand().stream()
				.map(d -> new IndicatorSet.Demand(d.service(), names.getOrDefault(d.service(), d.service()), d.users(),
						d.fullTimeEquivalents()))
				.toList();
			return new IndicatorSet(projection.area(), y.year(), y.observed(), y.observed() ? null : projection.method(),
					v.total(), groups, v.aged67Plus(), v.aged75Plus(), v.aged80Plus(), v.aged90Plus(),
					finite(v.workingAgePerElderly()), finite(v.economicallyActivePerPensioner()), v.frailShare(), v.frailElderly(), demand);
		}).toList();
	}


	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
