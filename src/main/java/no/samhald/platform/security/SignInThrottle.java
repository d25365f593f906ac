package no.samhald.platform.security;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts per client address, as a token bucket: each attempt takes a token before the
 * password is compared and a successful one gives it back, so an address can make at most
 * {@code capacity} failed guesses (across all accounts, in parallel too) and then one per
 * {@code capacity}-th of the period. The account lock-out alone would let one address try five
 * passwords on every account.
 * <p>
 * Behind a TLS proxy the address is the client's, not the proxy's: see
 * {@code server.forward-headers-strategy=native} (Tomcat trusts X-Forwarded-For only from internal proxies).
 */
@Component
class SignInThrottle {

	/** Enough for every address a busy installation sees in a period; the least recently used go first. */
	private static final int MAX_ADDRESSES = 10_000;

	private final int capacity;

	private final Duration period;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_ADDRESSES;
		}
	});

	SignInThrottle(@Value("${samhald.sign-in.failures-per-address:20}") int capacity,
			@Value("${samhald.sign-in.failure-period:15m}") Duration period) {
		this.capacity = capacity;
		this.period = period;
	}

	/** Takes a token for an attempt from this address; false when the address has used them all. */
	boolean tryAttempt(String address) {
		return bucket(address).tryConsume(1);
	}

	/** A successful sign-in does not count against the address. */
	void succeeded(String address) {
		Bucket bucket = buckets.get(address);
		if (bucket != null && bucket.getAvailableTokens() < capacity) {
			bucket.addTokens(1);
		}
	}

	/** How long until the address may try again. */
	Duration retryAfter(String address) {
		return Duration.ofNanos(bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	private Bucket bucket(String address) {
		return buckets.computeIfAbsent(address, a -> Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
			.build());
	}

}
