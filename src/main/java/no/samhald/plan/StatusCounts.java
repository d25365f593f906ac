package no.samhald.plan;

import java.util.Map;

/** How many measures of a plan stand at each status; every status is present, in order. */
public record StatusCounts(Map<MeasureStatus, Long> byStatus) {

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
