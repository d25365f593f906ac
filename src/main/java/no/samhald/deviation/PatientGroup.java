package no.samhald.deviation;

/** The priority patient groups of the health communities (optional on a report). */
public enum PatientGroup {
	FRAIL_ELDERLY, CHILDREN_AND_YOUTH, MENTAL_ILLNESS_AND_ADDICTION, MULTIPLE_CHRONIC_CONDITIONS
}
