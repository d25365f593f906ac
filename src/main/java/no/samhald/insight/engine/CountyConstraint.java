package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.offset;

import java.util.List;

/**
 * Scales a county's municipalities so that, per sex and age, they sum to the county's known total:
 * each cell times target / sum, which keeps every cell at or above zero and each municipality's share
 * of the cell. A cell empty in every municipality gets the target in proportion to the municipalities'
 * totals (equally when they are all empty).
 */
final class CountyConstraint {

	private CountyConstraint() {
	}

	static void scale(AgeSexTable table, List<Integer> members, double[][] target) {
		double[] v = table.values;
		double[] weights = new double[members.size()];
		double weightSum = 0;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = table.total(members.get(i));
			weightSum += weights[i];
		}
		for (int s = 0; s < 2; s++) {
			for (int a = 0; a < AGES; a++) {
				double sum = 0;
				for (int u : members) {
					sum += v[offset(u, s) + a];
				}
				double wanted = Math.max(0, target[s][a]);
				for (int i = 0; i < weights.length; i++) {
					int cell = offset(members.get(i), s) + a;
					if (sum > 0) {
						v[cell] *= wanted / sum;
					}
					else {
						v[cell] = wanted * (weightSum > 0 ? weights[i] / weightSum : 1.0 / weights.length);
					}
				}
			}
		}
	}

}
