package no.samhald.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers sections by their level: chapters 1, 2 …; paragraphs 1.1, 1.2 … within their chapter;
 * points 1.1.1 … within their paragraph. A paragraph before any chapter counts as in chapter 1.
 */
public final class SectionNumbering {

	private SectionNumbering() {
	}

	public static List<AgreementSection> renumber(List<AgreementSection> sections) {
		int[] counters = new int[3];
		var numbered = new ArrayList<AgreementSection>();
		for (AgreementSection s : sections) {
			int depth = s.level().depth();
			counters[depth - 1]++;
			for (int deeper = depth; deeper < counters.length; deeper++) {
				counters[deeper] = 0;
			}
			var number = new StringBuilder();
			for (int i = 0; i < depth; i++) {
				number.append(i == 0 ? "" : ".").append(Math.max(counters[i], 1));
			}
			numbered.add(s.withNumber(number.toString()));
		}
		return List.copyOf(numbered);
	}

}
