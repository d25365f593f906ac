package no.samhald.insight.engine;

import java.util.Map;

/**
 * A service's use in the base year: users per 1 000 inhabitants of each age group, an optional
 * yearly change of that rate (0 = constant standard), and full-time equivalents per user.
 */
public record ServiceRate(String service, Map<AgeGroup, Double> usersPerThousand, int baseYear, double yearlyChange,
		double fullTimeEquivalentsPerUser) {

	public ServiceRate {
		usersPerThousand = Map.copyOf(usersPerThousand);
	}

}
