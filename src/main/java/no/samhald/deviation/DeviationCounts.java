package no.samhald.deviation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts a community's reports along each dimension of the statistics, then suppresses small cells. */
@Component
class DeviationCounts {

	private final JdbcClient jdbc;

	DeviationCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DeviationStatistics statistics(long communityId) {
		return new DeviationStatistics(
				table("category", communityId, "category", enumKeys(DeviationCategory.values())),
				sides("reportingSide", communityId, "reporting_partner_type"),
				sides("receivingSide", communityId, "receiving_partner_type"),
				quarters(communityId),
				table("status", communityId, "status", enumKeys(DeviationStatus.values())));
	}

	private CountTable table(String dimension, long communityId, String column, Map<String, Long> keys) {
		count(communityId, column).forEach((key, count) -> keys.merge(key, count, Long::sum));
		return SmallCellSuppression.table(dimension, keys);
	}

	private CountTable sides(String dimension, long communityId, String typeColumn) {
		Map<String, Long> bySide = enumKeys(PartnerSide.values());
		count(communityId, typeColumn).forEach((type, count) -> bySide.merge(PartnerSide.of(type).name(), count, Long::sum));
		return SmallCellSuppression.table(dimension, bySide);
	}

	/** Every quarter from the first event to the last, empty ones included, so gaps show as zero. */
	private CountTable quarters(long communityId) {
		Map<String, Long> found = count(communityId,
				"extract(year from event_date)::int || '-Q' || extract(quarter from event_date)::int");
		Map<String, Long> all = new LinkedHashMap<>();
		List<String> sorted = found.keySet().stream().sorted().toList();
		if (!sorted.isEmpty()) {
			int[] first = parse(sorted.get(0));
			int[] last = parse(sorted.get(sorted.size() - 1));
			for (int year = first[0], quarter = first[1]; year < last[0] || (year == last[0] && quarter <= last[1]);) {
				String key = year + "-Q" + quarter;
				all.put(key, found.getOrDefault(key, 0L));
				quarter++;
				if (quarter > 4) {
					quarter = 1;
					year++;
				}
			}
		}
		return SmallCellSuppression.table("quarter", all);
	}

	private static int[] parse(String quarterKey) {
		String[] parts = quarterKey.split("-Q");
		return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
	}

	/** Counts per value of one column (or expression) of the community's reports; the SQL is ours, never input. */
	private Map<String, Long> count(long communityId, String expression) {
		Map<String, Long> result = new LinkedHashMap<>();
		jdbc.sql("""
				select %s as key, count(*) as n
				from deviation
				where community_id = :community
				group by 1
				""".formatted(expression))
			.param("community", communityId)
			.query((rs, row) -> Map.entry(rs.getString("key"), rs.getLong("n")))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	private static Map<String, Long> enumKeys(Enum<?>[] values) {
		Map<String, Long> keys = new LinkedHashMap<>();
		Arrays.stream(values).forEach(v -> keys.put(v.name(), 0L));
		return keys;
	}

}
