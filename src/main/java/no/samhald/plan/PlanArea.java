package no.samhald.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/** A numbered satsingsområde of an action plan. */
public record PlanArea(@Id Long id, Long communityId, Long actionPlanId, int number, String title, String description,
		@Version int version) implements Versioned {

	/** "3. Akuttkjeda", as lists and choices show it. */
	public String numberedTitle() {
		return number + ". " + title;
	}

}
