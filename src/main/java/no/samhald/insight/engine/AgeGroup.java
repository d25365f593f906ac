package no.samhald.insight.engine;

/** The age groups the steering indicators use (those of the municipal planning tables). */
public enum AgeGroup {

	AGE_0_5(0, 5), AGE_6_15(6, 15), AGE_16_19(16, 19), AGE_20_66(20, 66), AGE_67_79(67, 79), AGE_80_89(80, 89),
	AGE_90_PLUS(90, AgeSexTable.OPEN_AGE);

	private final int from;

	private final int to;

	AgeGroup(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public int from() {
		return from;
	}

	public int to() {
		return to;
	}

	/** "0-5", "90+": the label used in the API and CSV. */
	public String label() {
		return to == AgeSexTable.OPEN_AGE ? from + "+" : from + "-" + to;
	}

	public static AgeGroup fromLabel(String label) {
		for (AgeGroup group : values()) {
			if (group.label().equals(label) || group.name().equals(label)) {
				return group;
			}
		}
		throw new IllegalArgumentException("No age group " + label);
	}

}
