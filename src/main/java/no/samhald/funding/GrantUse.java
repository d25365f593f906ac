package no.samhald.funding;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/** Money spent from a grant, in whole kroner. */
public record GrantUse(@Id Long id, Long grantId, LocalDate spentOn, String description, long amount,
		@Version int version) implements Versioned {
}
