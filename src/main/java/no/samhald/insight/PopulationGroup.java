package no.samhald.insight;

import java.util.Arrays;
import java.util.Optional;

/** The inhabitants a series is divided by: everyone or an age group, from its first to its last age. */
public enum PopulationGroup {

	ALL("all", 0, 105), AGED_0_17("0-17", 0, 17), AGED_18_66("18-66", 18, 66), AGED_67_PLUS("67+", 67, 105),
	AGED_80_PLUS("80+", 80, 105);

	private final String code;

	private final int from;

	private final int to;

	PopulationGroup(String code, int from, int to) {
		this.code = code;
		this.from = from;
		this.to = to;
	}

	public String code() {
		return code;
	}

	public static Optional<PopulationGroup> of(String code) {
		return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
	}

	long count(PopulationByAge population) {
		long sum = 0;
		for (int age = from; age <= to; age++) {
			sum += population.males()[age] + population.females()[age];
		}
		return sum;
	}

}
