package no.samhald.partnership;

import java.time.LocalDate;

/** A seat given to a person in a forum: role, the partner they represent, capacity and period. */
public record AddMember(Long personId, MembershipRole role, Long partnerId, Representation representation,
		LocalDate startDate, LocalDate endDate) {
}
