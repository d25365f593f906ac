package no.samhald.insight;

import java.util.List;

/** Two projections of the same area side by side, year by year. */
public record ProjectionComparison(Area area, Projection first, Projection second, List<ComparedYear> years) {

	/** Totals, 67+ and 80+ of each projection and the differences (second − first). */
	public record ComparedYear(int year, double firstTotal, double secondTotal, double totalDifference,
			double firstAged67Plus, double secondAged67Plus, double firstAged80Plus, double secondAged80Plus) {
	}

}
