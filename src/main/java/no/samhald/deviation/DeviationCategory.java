package no.samhald.deviation;

/** Where in the patient's path between the services the collaboration failed. */
public enum DeviationCategory {
	DISCHARGE, ADMISSION, MEDICATION, COMMUNICATION, AVAILABILITY, OTHER
}
