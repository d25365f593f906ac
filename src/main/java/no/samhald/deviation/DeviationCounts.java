package no.samhald.deviation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts a community's reports along each dimension of the statistics, then suppresses small cells. */
@Component
record DeviationCounts(JdbcClient jdbc) {

	DeviationStatistics statistics(long communityId) {
		return statistics(Scope.all(communityId));
	}

	/** The statistics of the reports whose event happened in {@code year}. */
	DeviationStatistics statistics(long communityId, int year) {
		return statistics(Scope.year(communityId, year));
	}

	/**
	 * Of the reports whose event happened in {@code year}: how many were answered by their
	 * deadline, how many after it, and how many have no answer (yet).
	 */
	CountTable answersInTime(long communityId, int year) {
		Map<String, Long> keys = enumKeys(AnswerTiming.values());
		count(Scope.year(communityId, year), """
				case when answered_on is null then 'NOT_ANSWERED'
				     when answered_on <= answer_due then 'IN_TIME' else 'LATE' end""")
			.forEach((key, count) -> keys.merge(key, count, Long::sum));
		return SmallCellSuppression.table("answerTiming", keys);
	}

	private DeviationStatistics statistics(Scope scope) {
		return new DeviationStatistics(
				table("category", scope, "category", enumKeys(DeviationCategory.values())),
				sides("reportingSide", scope, "reporting_partner_type"),
				sides("receivingSide", scope, "receiving_partner_type"),
				quarters(scope),
				table("status", scope, "status", enumKeys(DeviationStatus.values())));
	}

	private CountTable table(String dimension, Scope scope, String column, Map<String, Long> keys) {
		count(scope, column).forEach((key, count) -> keys.merge(key, count, Long::sum));
		return SmallCellSuppression.table(dimension, keys);
	}

	private CountTable sides(String dimension, Scope scope, String typeColumn) {
		Map<String, Long> bySide = enumKeys(PartnerSide.values());
		count(scope, typeColumn).forEach((type, count) -> bySide.merge(PartnerSide.of(type).name(), count, Long::sum));
		return SmallCellSuppression.table(dimension, bySide);
	}

	/** Every quarter from the first event to the last, empty ones included, so gaps show as zero. */
	private CountTable quarters(Scope scope) {
		Map<String, Long> found = count(scope,
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

	/** Counts per value of one column (or expression) of the reports in scope; the SQL is ours, never input. */
	private Map<String, Long> count(Scope scope, String expression) {
		Map<String, Long> result = new LinkedHashMap<>();
		jdbc.sql("""
				select %s as key, count(*) as n
				from deviation
				where community_id = :community and event_date >= :from and event_date < :until
				group by 1
				""".formatted(expression))
			.param("community", scope.communityId())
			.param("from", scope.from())
			.param("until", scope.until())
			.query((rs, row) -> Map.entry(rs.getString("key"), rs.getLong("n")))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** The reports counted: one community's, with the event in [from, until). */
	private record Scope(long communityId, LocalDate from, LocalDate until) {

		static Scope all(long communityId) {
			return new Scope(communityId, LocalDate.of(1, 1, 1), LocalDate.of(9999, 1, 1));
		}

		static Scope year(long communityId, int year) {
			return new Scope(communityId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
		}

	}

	private static Map<String, Long> enumKeys(Enum<?>[] values) {
		Map<String, Long> keys = new LinkedHashMap<>();
		Arrays.stream(values).forEach(v -> keys.put(v.name(), 0L));
		return keys;
	}

}
