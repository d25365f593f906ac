package no.samhald.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Kommunenummer that changed without a change of borders, so that data under the old number serve
 * the new one and back: the renumbering of 1 January 2024 when Viken (30xx → Østfold 31xx,
 * Akershus 32xx, Buskerud 33xx), Vestfold og Telemark (38xx → Vestfold 39xx, Telemark 40xx) and
 * Troms og Finnmark (54xx → Troms 55xx, Finnmark 56xx) were split. SSB's 2020–2023 files carry
 * the old numbers, 2024 and later files and the partners the new. A split of a municipality is
 * not a succession: Ålesund (1507 until 2023) became Ålesund (1508) and Haram (1580) on 1 January
 * 2024; see {@link #partsOf} and {@link #wholeOf}.
 */
final class CodeSuccession {

	private static final Map<String, String> SUCCESSOR = Map.ofEntries(
			Map.entry("3801", "3901"), Map.entry("3802", "3903"), Map.entry("3803", "3905"), Map.entry("3804", "3907"),
			Map.entry("3805", "3909"), Map.entry("3811", "3911"),
			Map.entry("3001", "3101"),
			Map.entry("3002", "3103"),
			Map.entry("3003", "3105"),
			Map.entry("3004", "3107"),
			Map.entry("3011", "3110"),
			Map.entry("3017", "3112"),
			Map.entry("3018", "3114"),
			Map.entry("3015", "3116"),
			Map.entry("3014", "3118"),
			Map.entry("3016", "3120"),
			Map.entry("3013", "3122"),
			Map.entry("3012", "3124"),
			Map.entry("3024", "3201"),
			Map.entry("3025", "3203"),
			Map.entry("3030", "3205"),
			Map.entry("3020", "3207"),
			Map.entry("3033", "3209"),
			Map.entry("3023", "3212"),
			Map.entry("3022", "3214"),
			Map.entry("3019", "3216"),
			Map.entry("3021", "3218"),
			Map.entry("3028", "3220"),
			Map.entry("3029", "3222"),
			Map.entry("3027", "3224"),
			Map.entry("3026", "3226"),
			Map.entry("3034", "3228"),
			Map.entry("3032", "3230"),
			Map.entry("3031", "3232"),
			Map.entry("3054", "3234"),
			Map.entry("3053", "3236"),
			Map.entry("3036", "3238"),
			Map.entry("3035", "3240"),
			Map.entry("3037", "3242"),
			Map.entry("3005", "3301"),
			Map.entry("3006", "3303"),
			Map.entry("3007", "3305"),
			Map.entry("3038", "3310"),
			Map.entry("3049", "3312"),
			Map.entry("3048", "3314"),
			Map.entry("3047", "3316"),
			Map.entry("3046", "3318"),
			Map.entry("3039", "3320"),
			Map.entry("3040", "3322"),
			Map.entry("3041", "3324"),
			Map.entry("3042", "3326"),
			Map.entry("3043", "3328"),
			Map.entry("3044", "3330"),
			Map.entry("3045", "3332"),
			Map.entry("3050", "3334"),
			Map.entry("3051", "3336"),
			Map.entry("3052", "3338"),
			Map.entry("3806", "4001"),
			Map.entry("3807", "4003"),
			Map.entry("3808", "4005"),
			Map.entry("3812", "4010"),
			Map.entry("3813", "4012"),
			Map.entry("3814", "4014"),
			Map.entry("3815", "4016"),
			Map.entry("3816", "4018"),
			Map.entry("3817", "4020"),
			Map.entry("3820", "4022"),
			Map.entry("3819", "4024"),
			Map.entry("3818", "4026"),
			Map.entry("3821", "4028"),
			Map.entry("3822", "4030"),
			Map.entry("3823", "4032"),
			Map.entry("3824", "4034"),
			Map.entry("3825", "4036"),
			Map.entry("5401", "5501"),
			Map.entry("5402", "5503"),
			Map.entry("5411", "5510"),
			Map.entry("5412", "5512"),
			Map.entry("5413", "5514"),
			Map.entry("5414", "5516"),
			Map.entry("5415", "5518"),
			Map.entry("5416", "5520"),
			Map.entry("5417", "5522"),
			Map.entry("5418", "5524"),
			Map.entry("5419", "5526"),
			Map.entry("5420", "5528"),
			Map.entry("5421", "5530"),
			Map.entry("5422", "5532"),
			Map.entry("5423", "5534"),
			Map.entry("5424", "5536"),
			Map.entry("5425", "5538"),
			Map.entry("5426", "5540"),
			Map.entry("5427", "5542"),
			Map.entry("5428", "5544"),
			Map.entry("5429", "5546"),
			Map.entry("5403", "5601"),
			Map.entry("5406", "5603"),
			Map.entry("5444", "5605"),
			Map.entry("5405", "5607"),
			Map.entry("5437", "5610"),
			Map.entry("5430", "5612"),
			Map.entry("5432", "5614"),
			Map.entry("5433", "5616"),
			Map.entry("5434", "5618"),
			Map.entry("5435", "5620"),
			Map.entry("5436", "5622"),
			Map.entry("5438", "5624"),
			Map.entry("5439", "5626"),
			Map.entry("5441", "5628"),
			Map.entry("5440", "5630"),
			Map.entry("5443", "5632"),
			Map.entry("5404", "5634"),
			Map.entry("5442", "5636"));

	/** A municipality that was split, and the municipalities it became. */
	private static final Map<String, List<String>> PARTS = Map.of("1507", List.of("1508", "1580"));

	private static final Map<String, String> PREDECESSOR = new HashMap<>();

	static {
		SUCCESSOR.forEach((old, current) -> PREDECESSOR.put(current, old));
	}

	private CodeSuccession() {
	}

	/** The code under which the data hold this municipality: itself, else its predecessor or successor. */
	static String resolve(String code, Predicate<String> hasData) {
		if (hasData.test(code)) {
			return code;
		}
		String old = PREDECESSOR.get(code);
		if (old != null && hasData.test(old)) {
			return old;
		}
		String current = SUCCESSOR.get(code);
		if (current != null && hasData.test(current)) {
			return current;
		}
		return code;
	}

	/** The municipalities that {@code code} was split into, or empty. */
	static List<String> partsOf(String code) {
		return PARTS.getOrDefault(code, List.of());
	}

	/** The municipality that {@code code} was split from, or null. */
	static String wholeOf(String code) {
		return PARTS.entrySet().stream().filter(e -> e.getValue().contains(code)).map(Map.Entry::getKey).findFirst()
			.orElse(null);
	}

	/** The other number of the same municipality, if it has one. */
	static String counterpart(String code) {
		String other = PREDECESSOR.get(code);
		return other != null ? other : SUCCESSOR.get(code);
	}

}
