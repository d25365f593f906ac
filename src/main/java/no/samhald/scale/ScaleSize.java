package no.samhald.scale;

/**
 * How much the generator makes. {@link #NATIONAL} is the size of issue #11: 19 communities over
 * all municipalities, each with 15 forums, ten years of meetings (6 a year per forum, 8 cases
 * each), 40 action plans of 30 measures, 20 projects, 20 agreements with versions, and 200 000
 * deviation reports in all.
 */
public record ScaleSize(int communities, int forums, int years, int meetingsPerYear, int casesPerMeeting,
		int actionPlans, int measuresPerPlan, int projects, int agreements, int deviations) {

	public static final ScaleSize NATIONAL = new ScaleSize(19, 15, 10, 6, 8, 40, 30, 20, 20, 200_000);

	/** The number of deviation reports of the community at this index; the last takes the remainder. */
	int deviationsOf(int communityIndex) {
		int each = deviations / communities;
		return communityIndex == communities - 1 ? deviations - each * (communities - 1) : each;
	}

}
