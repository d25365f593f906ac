package no.samhald.funding;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;

/** Money spent from a grant, in whole kroner. */
public record GrantUse(@Id Long id, Long grantId, LocalDate spentOn, String description, long amount) {
}
