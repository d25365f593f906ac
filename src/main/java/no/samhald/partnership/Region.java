package no.samhald.partnership;

import org.springframework.data.annotation.Id;

/** A region of a community (Nordfjord, Sunnfjord, Sogn, HAFS) that municipalities belong to. */
public record Region(@Id Long id, Long communityId, String name) {
}
