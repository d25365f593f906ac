package no.samhald.placement;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * A LIS1 doctor of a round. Personal data: shown only to the round's allocators and, through the
 * personal link whose hash is {@code tokenHash}, to the doctor. {@code togetherWith} is the name of
 * the doctor of the round they must serve together with, as they typed it.
 */
@Table("placement_doctor")
public record Lis1Doctor(@Id Long id, Long roundId, String name, String email, String tokenHash,
		boolean cannotDrive, String togetherWith, Instant wishesSavedAt, @Version int version) implements Versioned {

	Lis1Doctor withWishes(boolean newCannotDrive, String newTogetherWith, Instant at, int expectedVersion) {
		return new Lis1Doctor(id, roundId, name, email, tokenHash, newCannotDrive, newTogetherWith, at,
				expectedVersion);
	}

	Lis1Doctor withTokenHash(String hash) {
		return new Lis1Doctor(id, roundId, name, email, hash, cannotDrive, togetherWith, wishesSavedAt, version);
	}

}
