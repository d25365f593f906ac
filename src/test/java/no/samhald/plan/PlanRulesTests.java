package no.samhald.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samhald.platform.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTests {

	@Test
	void onlyMeasuresThatAreNeitherCompletedNorDiscontinuedAreCarriedOver() {
		List<Measure> measures = List.of(measure(1, MeasureStatus.NOT_STARTED), measure(2, MeasureStatus.PLANNED),
				measure(3, MeasureStatus.IN_PROGRESS), measure(4, MeasureStatus.COMPLETED),
				measure(5, MeasureStatus.DISCONTINUED));
		assertThat(PlanRules.toCarryOver(measures)).extracting(Measure::id).containsExactly(1L, 2L, 3L);
	}

	@Test
	void aCarriedOverMeasureIsNewInTheNextPlanAndPointsToItsOrigin() {
		Measure copy = measure(7, MeasureStatus.IN_PROGRESS).carriedInto(99, 55);
		assertThat(copy.id()).isNull();
		assertThat(copy.originId()).isEqualTo(7L);
		assertThat(copy.actionPlanId()).isEqualTo(99L);
		assertThat(copy.areaId()).isEqualTo(55L);
		assertThat(copy.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(copy.version()).isZero();
	}

	@Test
	void aPlanRunsForOneOrTwoYearsAndEndsAfterItStarts() {
		LocalDate start = LocalDate.of(2025, 1, 1);
		assertThat(PlanRules.planPeriod(start, LocalDate.of(2026, 12, 31))).isEmpty();
		assertThat(keys(PlanRules.planPeriod(start, LocalDate.of(2024, 12, 31))))
			.containsExactly("endDate:plan.endDate.beforeStart");
		assertThat(keys(PlanRules.planPeriod(start, LocalDate.of(2027, 1, 1))))
			.containsExactly("endDate:plan.endDate.tooLong");
		assertThat(keys(PlanRules.planPeriod(null, null)))
			.containsExactly("startDate:validation.required", "endDate:validation.required");
	}

	@Test
	void aMeasureIsNotDueBeforeItStarts() {
		assertThat(keys(PlanRules.measureDates(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30))))
			.containsExactly("dueDate:measure.dueDate.beforeStart");
		assertThat(PlanRules.measureDates(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1))).isEmpty();
		assertThat(PlanRules.measureDates(null, LocalDate.of(2025, 5, 1))).isEmpty();
	}

	@Test
	void aStatusUpdateMayNotBeDatedBeforeTheLatestOne() {
		List<StatusUpdate> history = List.of(update("2025-03-01"), update("2025-06-01"));
		List<FieldProblem> problems = PlanRules.statusDate(LocalDate.of(2025, 5, 31), history);
		assertThat(keys(problems)).containsExactly("statusDate:statusUpdate.date.beforePrevious");
		assertThat(problems.get(0).arguments()).containsExactly("01.06.2025");
		assertThat(PlanRules.statusDate(LocalDate.of(2025, 6, 1), history)).isEmpty();
		assertThat(PlanRules.statusDate(LocalDate.of(2020, 1, 1), List.of())).isEmpty();
		assertThat(keys(PlanRules.statusDate(null, history))).containsExactly("statusDate:validation.required");
	}

	private static List<String> keys(List<FieldProblem> problems) {
		return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

	private static Measure measure(long id, MeasureStatus status) {
		return new Measure(id, 1L, 10L, 20L, "Tiltak " + id, "", null, null, null, status, "", null, null, null, 3);
	}

	private static StatusUpdate update(String day) {
		return new StatusUpdate(1L, 1L, 1L, LocalDate.parse(day), MeasureStatus.IN_PROGRESS, "", "test", Instant.now());
	}

}
