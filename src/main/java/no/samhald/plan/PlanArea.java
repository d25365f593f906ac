package no.samhald.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A numbered satsingsområde of an action plan. */
public record PlanArea(@Id Long id, Long communityId, Long actionPlanId, int number, String title, String description,
		@Version int version) {
}
