package no.samhald.project;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A project of one community. The steering group is a forum and the economy is held by a partner,
 * both of the partnership module, referred to by id. Its version guards every change to the
 * project's own text, goals and budget against edits that cross each other.
 */
public record Project(@Id Long id, Long communityId, String name, String background, String mandate,
		ProjectStatus status, LocalDate startDate, LocalDate endDate, Long steeringForumId, Long economyPartnerId,
		String economyNote, @Version int version) {

	/** True when the day falls after the project's last day (a project without an end has none). */
	public boolean endsBefore(LocalDate day) {
		return day != null && endDate != null && day.isAfter(endDate);
	}

	Project withEconomyNote(String note, int expectedVersion) {
		return new Project(id, communityId, name, background, mandate, status, startDate, endDate, steeringForumId,
				economyPartnerId, note, expectedVersion);
	}

}
