package no.samhald.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.samhald.project.Project;
import no.samhald.project.ProjectStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules of the annual report, without the application. */
class AnnualRulesTests {

	@Test
	void aProjectCountsInEveryYearItRanButIdeasNever() {
		Project p = project(ProjectStatus.CLOSED, LocalDate.of(2022, 9, 1), LocalDate.of(2024, 3, 31));
		assertThat(AnnualReports.activeIn(p, 2021)).isFalse();
		assertThat(AnnualReports.activeIn(p, 2022)).isTrue();
		assertThat(AnnualReports.activeIn(p, 2024)).isTrue();
		assertThat(AnnualReports.activeIn(p, 2025)).isFalse();
		assertThat(AnnualReports.activeIn(project(ProjectStatus.ACTIVE, LocalDate.of(2023, 1, 1), null), 2030)).isTrue();
		assertThat(AnnualReports.activeIn(project(ProjectStatus.IDEA, LocalDate.of(2023, 1, 1), null), 2023)).isFalse();
	}

	@Test
	void amountsAreInKronerWithSpacesBetweenThousands() {
		assertThat(ReportTexts.kroner(1_234_567)).isEqualTo("1 234 567 kr");
		assertThat(ReportTexts.kroner(0)).isEqualTo("0 kr");
	}

	@Test
	void reportYearsAreFourDigitYearsOfThisCenturyOrSo() {
		assertThat(AnnualReports.isReportYear(2024)).isTrue();
		assertThat(AnnualReports.isReportYear(1999)).isFalse();
		assertThat(AnnualReports.isReportYear(2101)).isFalse();
	}

	private static Project project(ProjectStatus status, LocalDate start, LocalDate end) {
		return new Project(1L, 1L, "Prosjekt", "", "", status, start, end, null, null, "", 0);
	}

}
