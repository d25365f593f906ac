package no.samhald.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.samhald.platform.Dates;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;

/** The rules of plans and measures, free of storage so that they can be tested on their own. */
final class PlanRules {

	/** An action plan runs for one or two years (annual report 2022: "gjelde for to år av gongen"). */
	static final int MAX_PLAN_YEARS = 2;

	/** As long as the status form allows. */
	static final int MAX_STATUS_COMMENT = 4000;

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	/** Dates in messages are written the way the pages show them. */
	private static final DateTimeFormatter DAY = Dates.DAY;

	private PlanRules() {
	}

	/** Measures that are neither completed nor discontinued go on into the next plan. */
	static List<Measure> toCarryOver(List<Measure> measures) {
		return measures.stream().filter(m -> m.status() != null && m.status().isOpen()).toList();
	}

	static List<FieldProblem> planPeriod(LocalDate start, LocalDate end) {
		var problems = new ArrayList<FieldProblem>();
		if (start == null) {
			problems.add(new FieldProblem("startDate", "validation.required"));
		}
		if (end == null) {
			problems.add(new FieldProblem("endDate", "validation.required"));
		}
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				problems.add(new FieldProblem("endDate", "plan.endDate.beforeStart"));
			}
			else if (!end.isBefore(start.plusYears(MAX_PLAN_YEARS))) {
				problems.add(new FieldProblem("endDate", "plan.endDate.tooLong", MAX_PLAN_YEARS));
			}
		}
		return problems;
	}

	/** A strategy covers one year or more; the seeds' strategies run for four. */
	static List<FieldProblem> strategyPeriod(Integer firstYear, Integer lastYear) {
		var problems = new ArrayList<FieldProblem>();
		checkYear("firstYear", firstYear, problems);
		checkYear("lastYear", lastYear, problems);
		if (problems.isEmpty() && lastYear < firstYear) {
			problems.add(new FieldProblem("lastYear", "strategy.lastYear.beforeFirst"));
		}
		return problems;
	}

	private static void checkYear(String field, Integer year, List<FieldProblem> problems) {
		if (year == null) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else if (year < FIRST_YEAR || year > LAST_YEAR) {
			problems.add(new FieldProblem(field, "strategy.year.range", FIRST_YEAR, LAST_YEAR));
		}
	}

	static List<FieldProblem> measureDates(LocalDate start, LocalDate due) {
		if (start != null && due != null && due.isBefore(start)) {
			return List.of(new FieldProblem("dueDate", "measure.dueDate.beforeStart"));
		}
		return List.of();
	}

	/** A status update may not be dated before the latest one: the history reads forward in time. */
	static List<FieldProblem> statusDate(LocalDate date, List<StatusUpdate> history) {
		if (date == null) {
			return List.of(new FieldProblem("statusDate", "validation.required"));
		}
		Optional<LocalDate> latest = history.stream().map(StatusUpdate::statusDate).max(Comparator.naturalOrder());
		if (latest.isPresent() && date.isBefore(latest.get())) {
			return List.of(new FieldProblem("statusDate", "statusUpdate.date.beforePrevious", latest.get().format(DAY)));
		}
		return List.of();
	}

	/**
	 * A status report's comment is read by everyone (plans are public): not too long, and never
	 * with a patient's identity number. The form checks the same; API callers send what they like.
	 */
	static List<FieldProblem> statusComment(String comment) {
		if (comment == null) {
			return List.of();
		}
		if (comment.strip().length() > MAX_STATUS_COMMENT) {
			return List.of(new FieldProblem("comment", "statusUpdate.comment.tooLong", MAX_STATUS_COMMENT));
		}
		if (IdentityNumbers.containsOne(comment)) {
			return List.of(new FieldProblem("comment", "NoIdentityNumber"));
		}
		return List.of();
	}

	/** Free text as stored: stripped, and empty rather than missing. */
	static String text(String value) {
		return value == null ? "" : value.strip();
	}

	static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
