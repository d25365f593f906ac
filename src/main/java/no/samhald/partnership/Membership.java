package no.samhald.partnership;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A person's seat in a forum for a period, with role and the partner they represent. */
public record Membership(@Id Long id, Long forumId, Long personId, MembershipRole role, Long partnerId,
		Representation representation, LocalDate startDate, LocalDate endDate, @Version int version) {

	/** Whether the seat is held on the given day (the end date is the last day). */
	public boolean isCurrentOn(LocalDate day) {
		return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
	}

}
