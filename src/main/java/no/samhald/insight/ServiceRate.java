package no.samhald.insight;

import java.util.Map;

import no.samhald.platform.Versioned;

/**
 * A community's figures for one service (home-care, nursing-home places…): users per 1 000
 * inhabitants of each age group in the base year ("0-5", "6-15", "16-19", "20-66", "67-79",
 * "80-89", "90+"), the yearly change of that rate (0 = constant standard), and full-time
 * equivalents per user.
 *
 * @param service a short key such as "home-care"
 * @param version guards against lost updates: a save over an older version is refused
 */
public record ServiceRate(String service, String name, int baseYear, Map<String, Double> usersPerThousand,
		double yearlyChange, double fullTimeEquivalentsPerUser, int version) implements Versioned {
}
