package no.samhald.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts per client address: each attempt takes a token before the password is
 * compared and a successful one gives it back, so an address can make at most
 * {@code capacity} failed guesses in a period (across all accounts, in parallel too). The
 * account lock-out alone would let one address try five passwords on every account.
 */
@Component
class SignInThrottle extends ThrottlePerAddress {

	SignInThrottle(JdbcClient jdbc, @Value("${samhald.sign-in.failures-per-address:20}") int capacity,
			@Value("${samhald.sign-in.failure-period:15m}") Duration period) {
		super(jdbc, "sign-in", capacity, period);
	}

}
