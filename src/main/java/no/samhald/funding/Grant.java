package no.samhald.funding;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/** A grant in whole kroner, received by a partner (the host municipality) for a year. */
@Table("funding_grant")
public record Grant(@Id Long id, Long communityId, String title, String source, Long recipientPartnerId, int year,
		long amount, String purpose, Long reportingForumId, @Version int version)
		implements Versioned {
}
