package no.samhald.insight;

import java.util.List;

/** SSB population data was imported; projections and indicators computed before are out of date. */
public record PopulationImported(long importId, String kind, List<String> changedYears) {
}
