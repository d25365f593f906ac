package no.samhald.partnership;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A person who takes part in the community's forums. */
public record Person(@Id Long id, Long communityId, String name, String title, String email, @Version int version) {
}
