package no.samhald.meeting;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * A case (sak) on a meeting's agenda, numbered per forum and year. {@code publicTitle} is what
 * the public sees; an exempt case shows only that and its legal basis ({@code exemptionBasis},
 * e.g. "Offl. § 14"). {@code decision} is null until the forum has decided.
 */
@Table("meeting_case")
public record Case(@Id Long id, Long communityId, Long forumId, Long meetingId, int year, int number, String title,
		String publicTitle, CaseType type, String background, String proposal, String decision, Instant decidedAt,
		boolean exempt, String exemptionBasis, Long matterId, @Version int version,
		@MappedCollection(idColumn = "case_id") Set<Disqualification> disqualifications) implements Versioned {

	public boolean isDecided() {
		return decision != null;
	}

	/** "12/2025"; prefix the forum's short name for the full case number ("SSU 12/2025"). */
	public String numberInYear() {
		return number + "/" + year;
	}

	public boolean isDisqualified(long personId) {
		return disqualifications.stream().anyMatch(d -> d.personId() == personId);
	}

	/** The case with its decision, to be saved over {@code seenVersion} (what the person deciding saw). */
	Case decided(String text, Instant at, int seenVersion) {
		return new Case(id, communityId, forumId, meetingId, year, number, title, publicTitle, type, background,
				proposal, text, at, exempt, exemptionBasis, matterId, seenVersion, disqualifications);
	}

	Case withDisqualifications(Set<Disqualification> disqualifications) {
		return new Case(id, communityId, forumId, meetingId, year, number, title, publicTitle, type, background,
				proposal, decision, decidedAt, exempt, exemptionBasis, matterId, version, disqualifications);
	}

	/** What a person who is not a member of the community may see of this case. */
	Case forThePublic(boolean minutesApproved) {
		if (exempt) {
			return new Case(id, communityId, forumId, meetingId, year, number, publicTitle, publicTitle, type, "", "",
					null, null, true, exemptionBasis, matterId, version, Set.of());
		}
		return new Case(id, communityId, forumId, meetingId, year, number, publicTitle, publicTitle, type, background,
				proposal, minutesApproved ? decision : null, minutesApproved ? decidedAt : null, false, null, matterId,
				version, disqualifications);
	}

}
