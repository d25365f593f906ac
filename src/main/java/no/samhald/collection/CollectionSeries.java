package no.samhald.collection;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import no.samhald.insight.DashboardSeriesSource;
import no.samhald.insight.MunicipalSeries;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;

/**
 * The summable fields of closed collections (integers, decimals, money; not percentages, whose
 * sum means nothing) as series on the insight dashboards, per municipality partner as the public
 * results show them: a sensitive field's small counts stay hidden. Open collections are left out,
 * since their figures may still change.
 */
@Component
record CollectionSeries(Collections collections, CollectionResults results, Partners partners) implements DashboardSeriesSource {

	private static final Pattern KEY = Pattern.compile("collection-(\\d+)-(\\d+)");

	@Override
	public List<SeriesChoice> choices(long communityId, Locale locale) {
		return collections.all(communityId).stream()
			.filter(c -> !c.isOpen())
			.flatMap(c -> java.util.stream.IntStream.range(0, c.fields().size())
				.filter(i -> c.fields().get(i).kind().isSummed())
				.mapToObj(i -> new SeriesChoice(key(c.id(), i), label(c, c.fields().get(i), locale))))
			.toList();
	}

	@Override
	public Optional<MunicipalSeries> series(long communityId, String key, Locale locale) {
		Matcher m = KEY.matcher(key == null ? "" : key);
		if (!m.matches()) {
			return Optional.empty();
		}
		long id = Long.parseLong(m.group(1));
		int position = Integer.parseInt(m.group(2));
		Optional<DataCollection> found = collections.all(communityId).stream().filter(c -> c.id() == id && !c.isOpen()).findFirst();
		if (found.isEmpty() || position >= found.get().fields().size() || !found.get().fields().get(position).kind().isSummed()) {
			return Optional.empty();
		}
		DataCollection collection = found.get();
		FieldResult result = results.of(communityId, id).fields().get(position);
		Map<Long, String> codes = new HashMap<>();
		partners.all(communityId).stream().filter(p -> p.isMunicipality() && p.municipalityCode() != null)
			.forEach(p -> codes.put(p.id(), p.municipalityCode().strip()));
		Map<String, BigDecimal> values = new HashMap<>();
		Set<String> hidden = new HashSet<>();
		for (ResultCell cell : result.partners()) {
			String code = codes.get(Long.valueOf(cell.key()));
			if (code != null && cell.suppressed()) {
				hidden.add(code);
			}
			else if (code != null && cell.number() != null) {
				values.put(code, cell.number());
			}
		}
		CollectionField field = collection.fields().get(position);
		return Optional.of(new MunicipalSeries(key, label(collection, field, locale), field.unit(), year(collection),
				Map.copyOf(values), Set.copyOf(hidden)));
	}

	private static String key(long collectionId, int position) {
		return "collection-" + collectionId + "-" + position;
	}

	private static String label(DataCollection collection, CollectionField field, Locale locale) {
		return field.label(locale) + " (" + collection.title() + ", " + collection.period() + ")";
	}

	/** The period's year: {@code 2024-Q3} is of 2024. */
	private static int year(DataCollection collection) {
		return Integer.parseInt(collection.period().substring(0, 4));
	}

}
