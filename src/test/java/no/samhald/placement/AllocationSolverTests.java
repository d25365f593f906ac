package no.samhald.placement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.samhald.placement.AllocationSolver.Candidate;
import no.samhald.placement.AllocationSolver.Place;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationSolverTests {

	@Test
	void givesTheLeastTotalOfRanksNotFirstComeFirstServed() {
		// Doctor 1 likes A then B; doctor 2 wants only A. Best: 1 → B (rank 2), 2 → A (rank 1).
		var doctors = List.of(new Candidate(1, false, Map.of(10L, 1, 20L, 2), null),
				new Candidate(2, false, Map.of(10L, 1), null));
		var places = List.of(new Place(10, 1, false), new Place(20, 1, false));
		assertThat(AllocationSolver.solve(doctors, places)).containsEntry(1L, 20L).containsEntry(2L, 10L);
	}

	@Test
	void aPlaceWithTwoSeatsTakesTwoAndNobodyIsLeftOutWhileASeatIsFree() {
		var doctors = List.of(new Candidate(1, false, Map.of(10L, 1), null), new Candidate(2, false, Map.of(10L, 1), null),
				new Candidate(3, false, Map.of(10L, 1), null));
		var places = List.of(new Place(10, 2, false), new Place(20, 1, false));
		Map<Long, Long> result = AllocationSolver.solve(doctors, places);
		assertThat(result.values()).containsExactlyInAnyOrder(10L, 10L, 20L);
	}

	@Test
	void whoCannotDriveIsNeverPlacedWhereACarIsNeeded() {
		var doctors = List.of(new Candidate(1, true, Map.of(10L, 1), null), new Candidate(2, false, Map.of(20L, 1), null));
		var places = List.of(new Place(10, 1, true), new Place(20, 1, false));
		assertThat(AllocationSolver.solve(doctors, places)).containsEntry(1L, 20L).containsEntry(2L, 10L);
	}

	@Test
	void whoCannotDriveIsLeftWithoutAPlaceRatherThanGivenOneThatNeedsACar() {
		var doctors = List.of(new Candidate(1, true, Map.of(10L, 1), null));
		assertThat(AllocationSolver.solve(doctors, List.of(new Place(10, 1, true)))).containsEntry(1L, null);
	}

	@Test
	void aPairServesTogetherAtAPlaceWithTwoSeats() {
		// Alone, 1 and 2 would take their first choices A and B; together they go to C, which has two seats.
		var doctors = List.of(new Candidate(1, false, Map.of(10L, 1, 30L, 2), 2L),
				new Candidate(2, false, Map.of(20L, 1, 30L, 2), null), new Candidate(3, false, Map.of(30L, 1), null));
		var places = List.of(new Place(10, 1, false), new Place(20, 1, false), new Place(30, 2, false));
		Map<Long, Long> result = AllocationSolver.solve(doctors, places);
		assertThat(result.get(1L)).isEqualTo(30L).isEqualTo(result.get(2L));
		assertThat(result.get(3L)).isIn(10L, 20L);
	}

	@Test
	void theSameWishesAlwaysGiveTheSameProposal() {
		var doctors = List.of(new Candidate(2, false, Map.of(), null), new Candidate(1, false, Map.of(), null));
		var places = List.of(new Place(20, 1, false), new Place(10, 1, false));
		Map<Long, Long> first = AllocationSolver.solve(doctors, places);
		assertThat(AllocationSolver.solve(List.of(doctors.get(1), doctors.get(0)), places)).isEqualTo(first);
		assertThat(first).containsEntry(1L, 10L).containsEntry(2L, 20L);
	}

}
