package no.samhald.insight;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Kommunenummer that changed without a change of borders, so that data under the old number serve
 * the new one and back. Today: Vestfold's renumbering on 1 January 2024 when Vestfold and
 * Telemark split (3801 Horten → 3901, 3802 Holmestrand → 3903, 3803 Tønsberg → 3905, 3804
 * Sandefjord → 3907, 3805 Larvik → 3909, 3811 Færder → 3911). SSB's 2020–2023 files carry the old
 * numbers, the partners the new. Mergers and splits are not successions and do not belong here.
 */
final class CodeSuccession {

	private static final Map<String, String> SUCCESSOR = Map.of("3801", "3901", "3802", "3903", "3803", "3905", "3804",
			"3907", "3805", "3909", "3811", "3911");

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

	/** The other number of the same municipality, if it has one. */
	static String counterpart(String code) {
		String other = PREDECESSOR.get(code);
		return other != null ? other : SUCCESSOR.get(code);
	}

}
