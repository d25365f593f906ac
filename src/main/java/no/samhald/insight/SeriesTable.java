package no.samhald.insight;

import java.math.BigDecimal;
import java.util.List;

/**
 * A series per 1 000 inhabitants of a group for the areas around the one chosen: the areas' own
 * row first, then the wider and narrower areas (community, regions, municipalities).
 *
 * @param populationYear the year of the population divided by: the series' year, or the nearest
 *        observed year before it (the latest when it is older than all)
 */
public record SeriesTable(MunicipalSeries series, PopulationGroup group, int populationYear, List<Row> rows) {

	/** The largest rate shown, for the chart's scale. */
	public double largestRate() {
		return rows.stream().filter(r -> r.perThousand() != null).mapToDouble(Row::perThousand).max().orElse(1);
	}

	/**
	 * One area's row: the sum over its municipalities that gave a figure, their population of the
	 * group, and the rate. Hidden when one of them is hidden, so that no sum gives a small count away.
	 *
	 * @param answered how many of the area's municipalities gave a figure
	 */
	public record Row(Area area, BigDecimal value, boolean hidden, long population, Double perThousand, int answered,
			int municipalities) {

		/** The bar's length as a share of the largest rate. */
		public double share(double largest) {
			return perThousand == null || largest <= 0 ? 0 : Math.max(0, perThousand / largest);
		}

	}

}
