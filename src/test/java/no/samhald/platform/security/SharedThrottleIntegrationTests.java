package no.samhald.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Two throttles with one name stand in for two nodes of an installation: they share the limit. */
@SamhaldTest
class SharedThrottleIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoNodesCountAgainstOneLimitPerAddressAndAGivenBackTokenServesBoth() {
		String name = "test-" + UUID.randomUUID();
		var node1 = new ThrottlePerAddress(jdbc, name, 3, Duration.ofHours(1));
		var node2 = new ThrottlePerAddress(jdbc, name, 3, Duration.ofHours(1));

		assertThat(List.of(node1.tryAcquire("192.0.2.7"), node2.tryAcquire("192.0.2.7"), node1.tryAcquire("192.0.2.7")))
			.containsOnly(true);
		assertThat(node2.tryAcquire("192.0.2.7")).isFalse();
		assertThat(node1.tryAcquire("192.0.2.7")).isFalse();
		assertThat(node2.tryAcquire("192.0.2.8")).as("another address").isTrue();

		node1.giveBack("192.0.2.7");
		assertThat(node2.tryAcquire("192.0.2.7")).isTrue();
		assertThat(node1.tryAcquire("192.0.2.7")).isFalse();
	}

	@Test
	void parallelRequestsOnTwoNodesTakeNoMoreTokensThanThereAre() throws Exception {
		String name = "test-" + UUID.randomUUID();
		var nodes = List.of(new ThrottlePerAddress(jdbc, name, 5, Duration.ofHours(1)),
				new ThrottlePerAddress(jdbc, name, 5, Duration.ofHours(1)));
		var pool = Executors.newFixedThreadPool(8);
		try {
			var results = new ArrayList<Future<Boolean>>();
			for (int i = 0; i < 30; i++) {
				ThrottlePerAddress node = nodes.get(i % 2);
				results.add(pool.submit((Callable<Boolean>) () -> node.tryAcquire("198.51.100.1")));
			}
			long admitted = 0;
			for (Future<Boolean> result : results) {
				admitted += result.get() ? 1 : 0;
			}
			assertThat(admitted).isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aBucketRefillsOverItsPeriod() throws Exception {
		String name = "test-" + UUID.randomUUID();
		var node = new ThrottlePerAddress(jdbc, name, 2, Duration.ofSeconds(1));
		assertThat(node.tryAcquire("203.0.113.5")).isTrue();
		assertThat(node.tryAcquire("203.0.113.5")).isTrue();
		assertThat(node.tryAcquire("203.0.113.5")).isFalse();
		Thread.sleep(600);
		assertThat(node.tryAcquire("203.0.113.5")).isTrue();
	}

}
