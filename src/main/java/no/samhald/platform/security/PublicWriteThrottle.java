package no.samhald.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the public may make without signing in (event registration and cancellation, every
 * {@link no.samhald.platform.PublicWritePath}) per client address: enough for a person or an
 * office behind one address, too few to fill an event or flood mailboxes with confirmations.
 */
@Component
class PublicWriteThrottle extends ThrottlePerAddress {

	PublicWriteThrottle(JdbcClient jdbc, @Value("${samhald.public-writes.per-address:30}") int capacity,
			@Value("${samhald.public-writes.period:1h}") Duration period) {
		super(jdbc, "public-writes", capacity, period);
	}

}
