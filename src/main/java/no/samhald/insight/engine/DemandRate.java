package no.samhald.insight.engine;

import java.util.Map;

/**
 * What the engine computes a service's demand from (a community's {@code insight.ServiceRate}
 * in the engine's terms): users per 1 000 inhabitants of each age group, an optional
 * yearly change of that rate (0 = constant standard), and full-time equivalents per user.
 */
public record DemandRate(String service, Map<AgeGroup, Double> usersPerThousand, int baseYear, double yearlyChange,
		double fullTimeEquivalentsPerUser) {

	public DemandRate {
		usersPerThousand = Map.copyOf(usersPerThousand);
	}

}
