package no.samhald.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.meeting.Case;
import no.samhald.meeting.CaseType;
import no.samhald.meeting.Cases;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The meeting cases that adopt agreement versions: the choices for a coordinator, the check of a
 * chosen one, and the link a reader sees (nothing when the case is closed to them).
 */
@Component
public class AdoptingCases {

	private final Cases cases;

	AdoptingCases(Cases cases) {
		this.cases = cases;
	}

	/** The community's decision cases that the person may see, newest first. */
	public List<AdoptingCase> choices(Community community) {
		return cases.visible(community).stream()
			.filter(c -> c.type() == CaseType.DECISION)
			.sorted(Comparator.comparing(Case::year).thenComparing(Case::number).reversed())
			.map(c -> of(community, c))
			.toList();
	}

	public Optional<AdoptingCase> find(Community community, Long caseId) {
		if (caseId == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(of(community, cases.get(community, caseId)));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	void check(Community community, Long caseId) {
		if (caseId != null && find(community, caseId).isEmpty()) {
			throw new InvalidInputException("caseId", "validation.unknown");
		}
	}

	private AdoptingCase of(Community community, Case c) {
		return new AdoptingCase(c.id(), cases.caseNumber(community, c), c.title());
	}

}
