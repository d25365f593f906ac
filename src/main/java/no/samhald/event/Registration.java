package no.samhald.event;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One person's registration. The token is the secret in the cancellation link of the
 * confirmation e-mail, so people can cancel without an account. {@code registeredAt} is when it
 * was last asked for: an unconfirmed registration asked for again gets its link again and keeps it
 * from then ({@link Events#register}), and since it held no seat it has no earlier place to lose.
 */
public record Registration(@Id Long id, Long eventId, String name, String email, String organisation, String needs,
		String language, RegistrationStatus status, String token, Instant registeredAt, @Version int version) {

	Registration withStatus(RegistrationStatus newStatus) {
		return new Registration(id, eventId, name, email, organisation, needs, language, newStatus, token, registeredAt,
				version);
	}

	Registration askedAgainAt(Instant now) {
		return new Registration(id, eventId, name, email, organisation, needs, language, status, token, now, version);
	}

}
