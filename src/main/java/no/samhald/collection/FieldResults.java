package no.samhald.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.samhald.platform.SmallCounts;

/**
 * Works out one field's result from the submitted answers. For a sensitive field (a count of
 * people) the platform's rule for small counts applies to the partners, and a region is hidden
 * whenever one of its partners is, since the region's sum less its shown partners would give the
 * hidden one away; the regions then get their own complementary suppression.
 */
final class FieldResults {

	/** A partner as the results need it: its region when it is a municipality in one. */
	record Asked(long id, String name, Long regionId) {
	}

	private FieldResults() {
	}

	static FieldResult of(int position, CollectionField field, List<Asked> asked, Map<Long, String> regionNames,
			Map<Long, Answer> submittedByPartner) {
		Map<Asked, String> values = new LinkedHashMap<>();
		for (Asked partner : asked) {
			Answer answer = submittedByPartner.get(partner.id());
			String value = answer == null ? null : answer.valueOf(position);
			if (value != null) {
				values.put(partner, value);
			}
		}
		if (field.kind().isNumeric()) {
			return numeric(position, field, values, regionNames);
		}
		List<ResultCell> partners = values.entrySet().stream()
			.map(e -> ResultCell.text(key(e.getKey()), e.getKey().name(), e.getValue()))
			.toList();
		ResultCell total = ResultCell.number("TOTAL", null, BigDecimal.valueOf(values.size()));
		List<ResultCell> options = new ArrayList<>();
		if (field.kind().isCategorical()) {
			List<String> choices = field.kind() == FieldKind.YES_NO ? List.of("true", "false") : field.choiceList();
			for (String choice : choices) {
				long count = values.values().stream().filter(choice::equals).count();
				options.add(ResultCell.number(choice, choice, BigDecimal.valueOf(count)));
			}
		}
		return new FieldResult(position, field, total, List.of(), partners, options);
	}

	private static FieldResult numeric(int position, CollectionField field, Map<Asked, String> values,
			Map<Long, String> regionNames) {
		Map<String, BigDecimal> byPartner = new LinkedHashMap<>();
		Map<String, String> partnerNames = new LinkedHashMap<>();
		Map<String, List<BigDecimal>> byRegion = new LinkedHashMap<>();
		Map<String, Set<String>> partnersOfRegion = new LinkedHashMap<>();
		regionNames.keySet().forEach(id -> byRegion.put(String.valueOf(id), new ArrayList<>()));
		values.forEach((partner, value) -> {
			BigDecimal number = new BigDecimal(value);
			byPartner.put(key(partner), number);
			partnerNames.put(key(partner), partner.name());
			if (partner.regionId() != null && regionNames.containsKey(partner.regionId())) {
				String region = String.valueOf(partner.regionId());
				byRegion.get(region).add(number);
				partnersOfRegion.computeIfAbsent(region, r -> new java.util.HashSet<>()).add(key(partner));
			}
		});
		byRegion.values().removeIf(List::isEmpty);
		Map<String, BigDecimal> regionValues = byRegion.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> aggregate(field, e.getValue()), (a, b) -> a, LinkedHashMap::new));
		BigDecimal total = aggregate(field, List.copyOf(byPartner.values()));
		Set<String> hiddenPartners = Set.of();
		Set<String> hiddenRegions = Set.of();
		boolean hideTotal = false;
		if (field.sensitive()) {
			SmallCounts.Hidden partners = SmallCounts.hide(counts(byPartner));
			Set<String> regionsWithHiddenPartner = partnersOfRegion.entrySet().stream()
				.filter(e -> e.getValue().stream().anyMatch(partners.keys()::contains))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			SmallCounts.Hidden regions = SmallCounts.hide(counts(regionValues), regionsWithHiddenPartner);
			hiddenPartners = partners.keys();
			hiddenRegions = regions.keys();
			hideTotal = partners.total();
		}
		List<ResultCell> partnerCells = cells(byPartner, partnerNames, hiddenPartners);
		Map<String, String> regionLabels = regionNames.entrySet().stream()
			.collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
		List<ResultCell> regionCells = cells(regionValues, regionLabels, hiddenRegions);
		ResultCell totalCell = hideTotal || total == null ? ResultCell.hidden("TOTAL", null)
				: ResultCell.number("TOTAL", null, total);
		return new FieldResult(position, field, totalCell, regionCells, partnerCells, List.of());
	}

	private static List<ResultCell> cells(Map<String, BigDecimal> values, Map<String, String> labels, Set<String> hidden) {
		return values.entrySet().stream()
			.map(e -> hidden.contains(e.getKey()) ? ResultCell.hidden(e.getKey(), labels.get(e.getKey()))
					: ResultCell.number(e.getKey(), labels.get(e.getKey()), e.getValue()))
			.toList();
	}

	/** A sensitive field is a whole count, so its values are the counts the rule looks at. */
	private static Map<String, Long> counts(Map<String, BigDecimal> values) {
		Map<String, Long> counts = new LinkedHashMap<>();
		values.forEach((key, value) -> counts.put(key, value.longValue()));
		return counts;
	}

	/** The sum, or for a percentage the mean to one decimal; null when nothing was given. */
	private static BigDecimal aggregate(CollectionField field, List<BigDecimal> numbers) {
		if (numbers.isEmpty()) {
			return null;
		}
		BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (field.kind().isAveraged()) {
			return sum.divide(BigDecimal.valueOf(numbers.size()), 1, RoundingMode.HALF_UP).stripTrailingZeros();
		}
		return sum;
	}

	private static String key(Asked partner) {
		return String.valueOf(partner.id());
	}

}
