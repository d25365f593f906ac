package no.samhald.insight.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.samhald.insight.YearChecksum;
import no.samhald.platform.Versioned;

/**
 * A saved scenario: its name, the parameters that reproduce it, the checksums of the population
 * data it was computed from, and the totals it showed when saved.
 */
public record Scenario(long id, long communityId, String name, ScenarioParameters parameters, List<YearChecksum> checksums,
		Map<Integer, Double> savedTotals, String createdBy, Instant createdAt, int version) implements Versioned {
}
