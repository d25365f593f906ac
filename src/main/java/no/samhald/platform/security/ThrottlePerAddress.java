package no.samhald.platform.security;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A token bucket per client address: {@code capacity} tokens, refilled evenly over the period.
 * Behind a TLS proxy the address is the client's, not the proxy's: see
 * {@code server.forward-headers-strategy=native} (Tomcat trusts X-Forwarded-For only from internal proxies).
 */
class ThrottlePerAddress {

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

	ThrottlePerAddress(int capacity, Duration period) {
		this.capacity = capacity;
		this.period = period;
	}

	/** Takes a token for a request from this address; false when the address has used them all. */
	private boolean tryAcquire(String address) {
		return bucket(address).tryConsume(1);
	}

	/** Gives a token back (for a request that turned out not to count). */
	void giveBack(String address) {
		Bucket bucket = buckets.get(address);
		if (bucket != null && bucket.getAvailableTokens() < capacity) {
			bucket.addTokens(1);
		}
	}

	/**
	 * Takes a token for the request's client address; when it has none, tells the client how
	 * long to wait ({@code Retry-After}) and returns false, and the caller answers the refusal.
	 */
	boolean admit(HttpServletRequest request, HttpServletResponse response) {
		String address = request.getRemoteAddr();
		if (tryAcquire(address)) {
			return true;
		}
		long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, Duration.ofNanos(nanos).toSeconds())));
		return false;
	}

	private Bucket bucket(String address) {
		return buckets.computeIfAbsent(address, a -> Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
			.build());
	}

}
