package no.samhald.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** A member who is disqualified (ugild) for one case and leaves the room while it is dealt with. */
@Table("case_disqualification")
public record Disqualification(Long personId, String reason) {
}
