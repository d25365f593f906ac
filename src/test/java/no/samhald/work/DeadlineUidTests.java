package no.samhald.work;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar feed's ids of deadlines: stable, and apart for each partner one person answers for. */
class DeadlineUidTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

	@Test
	void anAnswersIdNamesItsRespondentSoTwoPartnersInOneRoundStayApart() {
		Task first = Task.of(TaskKind.COLLECTION_TO_ANSWER, "sogn", 5, "Bemanning", TODAY, TODAY, "/collections/5/answers/12");
		Task second = Task.of(TaskKind.COLLECTION_TO_ANSWER, "sogn", 5, "Bemanning", TODAY, TODAY, "/collections/5/answers/13");
		Task forum = Task.of(TaskKind.CONSULTATION_TO_ANSWER, "sogn", 7, "Høyring", TODAY, TODAY, "/consultations/7/forums/3");

		assertThat(PersonalCalendar.uidOf(first)).isEqualTo("collection_to_answer-5-answers-12@sogn.samhald.no");
		assertThat(PersonalCalendar.uidOf(second)).isNotEqualTo(PersonalCalendar.uidOf(first));
		assertThat(PersonalCalendar.uidOf(forum)).isEqualTo("consultation_to_answer-7-forums-3@sogn.samhald.no");
	}

	@Test
	void otherDeadlinesKeepTheIdsFeedsAlreadyHold() {
		Task deviation = Task.of(TaskKind.DEVIATION_TO_ANSWER, "sogn", 9, "Kinn → Helse Førde", TODAY, TODAY, "/deviations/9");

		assertThat(PersonalCalendar.uidOf(deviation)).isEqualTo("deviation_to_answer-9@sogn.samhald.no");
	}

}
