package no.samhald.insight;

import java.util.List;
import java.util.Map;

import no.samhald.insight.engine.PopulationSeries;

/**
 * All stored population data in memory as primitive arrays, read once per data version (the last
 * import id) so that projections and indicators never go to the database per request.
 */
record PopulationSnapshot(long version, PopulationSeries observed, Map<String, PopulationSeries> official,
		List<ImportReport> imports) {

	boolean isEmpty() {
		return observed.isEmpty() && official.isEmpty();
	}

	/** The code the observed data hold this municipality under (see {@link CodeSuccession}). */
	String observedCode(String code) {
		return CodeSuccession.resolve(code, c -> observed.units().contains(c));
	}

}
