package no.samhald.insight;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A source of figures per municipality that the dashboards show per inhabitant beside the
 * demography, e.g. the numeric fields of a closed data collection. Insight finds the sources as
 * beans; the modules that own the figures implement this and depend on insight, never the other
 * way, so that insight needs to know none of them.
 */
public interface DashboardSeriesSource {

	/** The series the community can show, labelled in the reader's language. */
	List<SeriesChoice> choices(long communityId, Locale locale);

	/** The series by its key; empty when the key is not this source's or not the community's. */
	Optional<MunicipalSeries> series(long communityId, String key, Locale locale);

	/** A series one can pick: its key (unique across the sources) and its label. */
	record SeriesChoice(String key, String label) {
	}

}
