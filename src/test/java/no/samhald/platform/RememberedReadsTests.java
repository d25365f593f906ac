package no.samhald.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RememberedReadsTests {

	private final RememberedReads<String, Integer> reads = new RememberedReads<>();

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void anAnswerIsLoadedOnceUntilForgotten() {
		assertThat(reads.get("a", this::load)).isEqualTo(1);
		assertThat(reads.get("a", this::load)).isEqualTo(1);

		reads.forget();

		assertThat(reads.get("a", this::load)).isEqualTo(2);
	}

	@Test
	void forgettingOneKeyKeepsTheOthers() {
		reads.get("a", this::load);
		reads.get("b", this::load);

		reads.forget("a");

		assertThat(reads.get("a", this::load)).isEqualTo(3);
		assertThat(reads.get("b", this::load)).isEqualTo(2);
	}

	/** A write that commits while a read is loading may have come after the read's query. */
	@Test
	void anAnswerLoadedWhileSomethingWasForgottenIsNotKept() {
		assertThat(reads.get("a", key -> {
			reads.forget();
			return load(key);
		})).isEqualTo(1);

		assertThat(reads.get("a", this::load)).isEqualTo(2);
	}

	private Integer load(String key) {
		return loads.incrementAndGet();
	}

}
