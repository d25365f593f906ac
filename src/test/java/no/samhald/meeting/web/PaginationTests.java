package no.samhald.meeting.web;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The page number of a list is read leniently and the links keep the list's filters. */
class PaginationTests {

	private static Pagination of(String page, String size, int total) {
		return Pagination.of(page, size, total, UriComponentsBuilder.fromPath("/c/meetings").queryParam("forum", 7));
	}

	@Test
	void fiftyPerPageTheSecondPageHoldsTheNextOnes() {
		List<Integer> all = IntStream.range(0, 120).boxed().toList();
		Pagination second = of("2", null, all.size());
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.slice(all)).hasSize(50).startsWith(50).endsWith(99);
		assertThat(of("3", null, all.size()).slice(all)).hasSize(20).startsWith(100);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isTrue();
	}

	@Test
	void badPageNumbersShowTheFirstOrTheLastPage() {
		assertThat(of("-3", null, 120).page()).isEqualTo(1);
		assertThat(of("0", null, 120).page()).isEqualTo(1);
		assertThat(of("two", null, 120).page()).isEqualTo(1);
		assertThat(of("99999999999999", null, 120).page()).isEqualTo(1);
		assertThat(of("", null, 120).page()).isEqualTo(1);
		assertThat(of("9", null, 120).page()).isEqualTo(3);
		assertThat(of("2", null, 0).page()).isEqualTo(1);
		assertThat(of("2", null, 0).slice(List.of())).isEmpty();
		assertThat(of("2", null, 0).needed()).isFalse();
	}

	@Test
	void sizeIsBoundedAndKeptInTheLinksWithTheFilters() {
		assertThat(of("1", "1000", 500).size()).isEqualTo(Pagination.MAX_SIZE);
		assertThat(of("1", "-1", 500).size()).isEqualTo(1);
		assertThat(of("1", "x", 500).size()).isEqualTo(Pagination.DEFAULT_SIZE);
		Pagination small = of("2", "10", 35);
		assertThat(small.href(3)).isEqualTo("/c/meetings?forum=7&size=10&page=3");
		assertThat(small.href(1)).isEqualTo("/c/meetings?forum=7&size=10");
		assertThat(of("2", null, 120).href(3)).isEqualTo("/c/meetings?forum=7&page=3");
	}

	@Test
	void showsTheFirstTheLastAndTheNeighboursWithGapsBetween() {
		assertThat(of("10", "10", 200).shown()).containsExactly(1, Pagination.GAP, 8, 9, 10, 11, 12, Pagination.GAP, 20);
		assertThat(of("1", "10", 30).shown()).containsExactly(1, 2, 3);
		assertThat(of("4", "10", 60).shown()).containsExactly(1, 2, 3, 4, 5, 6);
	}

}
