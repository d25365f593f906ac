package no.samhald.insight;

import java.util.List;

/**
 * What a projection or an indicator covers: a municipality, a region of the community, the whole
 * community (its municipality partners) or the nation.
 *
 * @param id the kommunenummer, the region's id, the community's slug, or "national"
 * @param municipalities the kommunenummer covered (empty for the nation: all of them)
 */
public record Area(Kind kind, String id, String name, List<String> municipalities) {

	public enum Kind {
		MUNICIPALITY, REGION, COMMUNITY, NATIONAL
	}

	public boolean isNational() {
		return kind == Kind.NATIONAL;
	}

}
