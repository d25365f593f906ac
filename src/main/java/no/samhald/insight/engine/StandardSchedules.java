package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;

/**
 * The standard age schedules that a single number (total fertility rate, life expectancy at birth)
 * is spread onto when the user does not give rates by age. They are smooth model shapes, not
 * official tables: only their shape matters, the level comes from the number the user gives.
 * <ul>
 * <li>Fertility: a normal curve over mothers aged 15–49 centred on 31 years with standard
 * deviation 5.5 years (close to Norway's pattern in the 2020s), normalised to sum 1.</li>
 * <li>Mortality: the hazard m(x) = A·e^(−x) + C + D·e^(E·x) (an infant term, a constant and a
 * Gompertz senescence term), per sex; q(x) = 1 − e^(−m(x)).</li>
 * </ul>
 */
public final class StandardSchedules {

	public static final int FERTILE_FROM = 15;

	public static final int FERTILE_TO = 49;

	public static final int FERTILE_AGES = FERTILE_TO - FERTILE_FROM + 1;

	private StandardSchedules() {
	}

	/** Shares of a woman's children born at each age 15…49; sums to 1. */
	public static double[] fertilityShape() {
		double[] shape = new double[FERTILE_AGES];
		double sum = 0;
		for (int i = 0; i < FERTILE_AGES; i++) {
			double z = (FERTILE_FROM + i + 0.5 - 31.0) / 5.5;
			shape[i] = Math.exp(-0.5 * z * z);
			sum += shape[i];
		}
		for (int i = 0; i < FERTILE_AGES; i++) {
			shape[i] /= sum;
		}
		return shape;
	}

	/** The standard hazard by age for a sex ({@link AgeSexTable#MALE} or FEMALE). */
	public static double[] hazard(int sex) {
		double d = sex == AgeSexTable.MALE ? 0.000012 : 0.000006;
		double e = sex == AgeSexTable.MALE ? 0.104 : 0.108;
		double[] m = new double[AGES];
		for (int x = 0; x < AGES; x++) {
			m[x] = 0.002 * Math.exp(-x) + 0.00008 + d * Math.exp(e * x);
		}
		return m;
	}

	/** Probabilities of dying within the year from a hazard scaled by {@code factor}. */
	public static double[] probabilities(double[] hazard, double factor) {
		double[] q = new double[AGES];
		for (int x = 0; x < AGES; x++) {
			q[x] = 1 - Math.exp(-hazard[x] * factor);
		}
		q[AGES - 1] = Math.max(q[AGES - 1], 1e-9);
		return q;
	}

	/**
	 * Life expectancy at birth from probabilities of dying: person-years lived in each year of age as
	 * the mean of survivors at its start and end, and l(105)/m(105) in the open group.
	 */
	public static double lifeExpectancy(double[] q) {
		double survivors = 1;
		double years = 0;
		for (int x = 0; x < AGES - 1; x++) {
			double next = survivors * (1 - q[x]);
			years += (survivors + next) / 2;
			survivors = next;
		}
		double openHazard = -Math.log(1 - Math.min(q[AGES - 1], 0.999999));
		return years + survivors / openHazard;
	}

	/**
	 * Probabilities of dying that give life expectancy {@code target}: the standard hazard of the sex
	 * multiplied by one factor (proportional hazards), found by bisection.
	 */
	public static double[] mortalityFor(int sex, double target) {
		double[] hazard = hazard(sex);
		double low = 0.001;
		double high = 50;
		for (int i = 0; i < 80; i++) {
			double mid = Math.sqrt(low * high);
			if (lifeExpectancy(probabilities(hazard, mid)) > target) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return probabilities(hazard, Math.sqrt(low * high));
	}

}
