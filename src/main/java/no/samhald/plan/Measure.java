package no.samhald.plan;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/**
 * A tiltak in an area of an action plan. {@code forumId} (responsible forum) and {@code ownerId}
 * (a person) point into the partnership module; {@code originId} is the measure of an earlier
 * plan this one was carried over from.
 */
public record Measure(@Id Long id, Long communityId, Long actionPlanId, Long areaId, String title, String description,
		PatientGroup patientGroup, Long forumId, Long ownerId, MeasureStatus status, String target,
		LocalDate startDate, LocalDate dueDate, Long originId, @Version int version) implements Versioned {

	Measure withStatus(MeasureStatus newStatus) {
		return new Measure(id, communityId, actionPlanId, areaId, title, description, patientGroup, forumId, ownerId,
				newStatus, target, startDate, dueDate, originId, version);
	}

	/** The copy that goes on in the next plan, linked to this one. */
	Measure carriedInto(long planId, long newAreaId) {
		return new Measure(null, communityId, planId, newAreaId, title, description, patientGroup, forumId, ownerId,
				status, target, startDate, dueDate, id, 0);
	}

}
