package no.samhald.deviation;

/** Whether a report was answered by its deadline, after it, or not (yet): the keys of {@link Deviations#answersInTime}. */
public enum AnswerTiming {
	IN_TIME, LATE, NOT_ANSWERED
}
