package no.samhald.platform.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A token bucket per client address: {@code capacity} tokens, refilled evenly over the period.
 * The buckets are rows in PostgreSQL ({@code throttle_bucket}), so that every node of an
 * installation counts against one limit; taking a token is one statement that refills and takes
 * under the row's lock, so parallel requests cannot take more than there are.
 * Behind a TLS proxy the address is the client's, not the proxy's: see
 * {@code server.forward-headers-strategy=native} (Tomcat trusts X-Forwarded-For only from internal proxies).
 */
class ThrottlePerAddress {

	/** Every so many admissions the buckets untouched for a period (full again) are deleted. */
	private static final int CLEAN_EVERY = 1000;

	/** The tokens of the bucket now: what it held plus the refill since, at most the capacity. */
	private static final String TOKENS_NOW = "least(:capacity, throttle_bucket.tokens"
			+ " + extract(epoch from clock_timestamp() - throttle_bucket.refilled_at) * :perSecond)";

	private final JdbcClient jdbc;

	private final String name;

	private final int capacity;

	private final Duration period;

	private final AtomicInteger sinceCleaning = new AtomicInteger();

	ThrottlePerAddress(JdbcClient jdbc, String name, int capacity, Duration period) {
		this.jdbc = jdbc;
		this.name = name;
		this.capacity = capacity;
		this.period = period;
	}

	/** Takes a token for a request from this address; false when the address has used them all. */
	boolean tryAcquire(String address) {
		if (sinceCleaning.incrementAndGet() % CLEAN_EVERY == 0) {
			jdbc.sql("delete from throttle_bucket where throttle = :name"
					+ " and refilled_at < clock_timestamp() - make_interval(secs => :seconds)")
				.param("name", name).param("seconds", (double) period.toSeconds()).update();
		}
		return jdbc.sql("insert into throttle_bucket (throttle, address, tokens, refilled_at)"
				+ " values (:name, :address, :capacity - 1, clock_timestamp())"
				+ " on conflict (throttle, address) do update set tokens = " + TOKENS_NOW + " - 1,"
				+ " refilled_at = clock_timestamp() where " + TOKENS_NOW + " >= 1")
			.params(params(address))
			.update() > 0;
	}

	/** Gives a token back (for a request that turned out not to count). */
	void giveBack(String address) {
		jdbc.sql("update throttle_bucket set tokens = least(:capacity, " + TOKENS_NOW + " + 1), refilled_at = clock_timestamp()"
				+ " where throttle = :name and address = :address")
			.params(params(address))
			.update();
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
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(secondsUntilAToken(address)));
		return false;
	}

	private long secondsUntilAToken(String address) {
		Double tokens = jdbc.sql("select " + TOKENS_NOW + " from throttle_bucket"
				+ " where throttle = :name and address = :address")
			.params(params(address))
			.query(Double.class)
			.optional()
			.orElse((double) capacity);
		return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond()));
	}

	private java.util.Map<String, Object> params(String address) {
		return java.util.Map.of("name", name, "address", address, "capacity", (double) capacity, "perSecond",
				perSecond());
	}

	private double perSecond() {
		return capacity / (double) Math.max(1, period.toSeconds());
	}

}
