package no.samhald.costsplit;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.samhald.costsplit.LargestRemainder.Part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargestRemainderTests {

	@Test
	void wholeKronerThatSumExactlyWithTheLeftoverToTheLargestRemainders() {
		long[] split = LargestRemainder.split(100, List.of(new Part(1, "4602"), new Part(1, "4635"), new Part(1, "4636")));
		assertThat(split).containsExactly(34, 33, 33);

		long[] byPopulation = LargestRemainder.split(170_000,
				List.of(new Part(17_900, "4602"), new Part(770, "4636"), new Part(22_500, "4647"), new Part(2_300, "4635")));
		assertThat(byPopulation[0] + byPopulation[1] + byPopulation[2] + byPopulation[3]).isEqualTo(170_000);
		assertThat(byPopulation).containsExactly(70_002, 3_011, 87_992, 8_995);
	}

	@Test
	void equalRemaindersGoByKommunenummerWhateverTheOrder() {
		assertThat(LargestRemainder.split(10, List.of(new Part(1, "4651"), new Part(1, "4602"), new Part(1, "4640"))))
			.containsExactly(3, 4, 3);
	}

	@Test
	void nothingToSplitOverIsRefused() {
		assertThatThrownBy(() -> LargestRemainder.split(10, List.of(new Part(0, "4602"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
