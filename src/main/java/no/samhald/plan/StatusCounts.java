package no.samhald.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many measures of a plan stand at each status; every status is present, in order. */
public record StatusCounts(Map<MeasureStatus, Long> byStatus) {

	/** The counts of measures already read (the plan page has them; reading them again cost a query, #11). */
	public static StatusCounts counting(List<Measure> measures) {
		Map<MeasureStatus, Long> counted = measures.stream()
			.collect(Collectors.groupingBy(Measure::status, Collectors.counting()));
		var counts = new LinkedHashMap<MeasureStatus, Long>();
		for (MeasureStatus status : MeasureStatus.values()) {
			counts.put(status, counted.getOrDefault(status, 0L));
		}
		return new StatusCounts(counts);
	}

	public long of(MeasureStatus status) {
		return byStatus.getOrDefault(status, 0L);
	}

	public long open() {
		return byStatus.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToLong(Map.Entry::getValue).sum();
	}

	public long total() {
		return byStatus.values().stream().mapToLong(Long::longValue).sum();
	}

}
