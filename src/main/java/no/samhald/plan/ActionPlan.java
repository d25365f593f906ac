package no.samhald.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/**
 * A handlingsplan for one or two years, under a strategy or standalone. {@code predecessorId} is
 * the plan it was made from, whose open measures it carried over; {@code forumId} is the forum
 * that made it (in the partnership module).
 */
public record ActionPlan(@Id Long id, Long communityId, Long strategyId, Long predecessorId, String title,
		LocalDate startDate, LocalDate endDate, Long forumId, String summary, @Version int version)
		implements Versioned {

	/**
	 * The days by which each open measure's owner reports its status: 1 June and 1 December of
	 * every year of the plan, within its period. Twice a year so that the forum that follows the
	 * plan has a fresh status before its spring and its autumn meetings, and the autumn status is
	 * there when the next plan is made and unfinished measures are carried over (seed 003, "Status
	 * for Handlingsplan 2024" before "Handlingsplan 2025").
	 */
	public List<LocalDate> reportingDates() {
		var dates = new ArrayList<LocalDate>();
		for (int year = startDate.getYear(); year <= endDate.getYear(); year++) {
			for (MonthDay day : REPORTING_DAYS) {
				LocalDate date = day.atYear(year);
				if (!date.isBefore(startDate) && !date.isAfter(endDate)) {
					dates.add(date);
				}
			}
		}
		return dates;
	}

	/** The reporting date before {@code date}, or the plan's start if there is none: a report after it counts. */
	public LocalDate reportingPeriodStart(LocalDate date) {
		return reportingDates().stream().filter(d -> d.isBefore(date)).reduce((a, b) -> b).orElse(startDate);
	}

	/** 1 June and 1 December: see {@link #reportingDates()}. */
	public static final List<MonthDay> REPORTING_DAYS = List.of(MonthDay.of(6, 1), MonthDay.of(12, 1));

}
