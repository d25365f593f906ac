package no.samhald.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Equally urgent work is listed by kind and title, whatever order it was read in (#11). */
class TaskOrderTests {

	private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

	@Test
	void equallyUrgentWorkOfOneKindIsInAlphabeticalOrderOfTitle() {
		Task aarsmelding = measure(1, "Årsmelding for samhandlinga");
		Task beredskap = measure(2, "Beredskapsplan");
		Task oppfolging = measure(3, "Oppfølging av avtalar");

		assertThat(sorted(aarsmelding, beredskap, oppfolging)).containsExactly(beredskap, oppfolging, aarsmelding);
	}

	@Test
	void theOrderDoesNotDependOnTheOrderTheSourcesGaveTheWork() {
		var tasks = new ArrayList<>(List.of(measure(4, "Fagnettverk"), measure(5, "Fagnettverk"),
				collection(7, "Kartlegging – Kinn kommune"), collection(7, "Kartlegging – Askvoll kommune"),
				measure(6, "Beredskapsplan")));
		List<Task> expected = tasks.stream().sorted(Task.MOST_URGENT_FIRST).toList();
		var random = new Random(11);
		for (int i = 0; i < 20; i++) {
			Collections.shuffle(tasks, random);
			assertThat(tasks.stream().sorted(Task.MOST_URGENT_FIRST).toList()).isEqualTo(expected);
		}
		assertThat(expected).extracting(Task::title).containsExactly("Beredskapsplan", "Fagnettverk", "Fagnettverk",
				"Kartlegging – Askvoll kommune", "Kartlegging – Kinn kommune");
	}

	@Test
	void urgencyComesBeforeTheTitle() {
		Task later = Task.of(TaskKind.MEASURE_TO_REPORT, "sogn-og-fjordane", 8, "Avtalar", DUE.plusDays(1), DUE, "/m/8");
		Task earlier = measure(9, "Rekruttering");
		assertThat(sorted(later, earlier)).containsExactly(earlier, later);
	}

	private static List<Task> sorted(Task... tasks) {
		return List.of(tasks).stream().sorted(Task.MOST_URGENT_FIRST).toList();
	}

	private static Task measure(long id, String title) {
		return Task.of(TaskKind.MEASURE_TO_REPORT, "sogn-og-fjordane", id, title, DUE, DUE, "/plans/1/measures/" + id);
	}

	private static Task collection(long id, String title) {
		return Task.of(TaskKind.COLLECTION_TO_ANSWER, "sogn-og-fjordane", id, title, DUE, DUE,
				"/collections/" + id + "/answers/" + title.length());
	}

}
