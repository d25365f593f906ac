package no.samhald.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The priority patient groups. The first five are the national groups of the Nasjonal helse- og
 * samhandlingsplan; habilitation and rehabilitation are groups communities add locally (Vestfold
 * 2025). The one list of them for every module: a deviation names its group with these, so that
 * it can be matched to the priority groups of a plan.
 */
public enum PatientGroup {

	CHILDREN_AND_YOUNG_PEOPLE(true),
	SEVERE_MENTAL_ILLNESS_AND_ADDICTION(true),
	FRAIL_ELDERLY(true),
	MULTIPLE_CHRONIC_CONDITIONS(true),
	PREGNANCY_BIRTH_AND_POSTNATAL(true),
	HABILITATION(false),
	REHABILITATION(false);

	private final boolean national;

	PatientGroup(boolean national) {
		this.national = national;
	}

	public boolean isNational() {
		return national;
	}

	/** The five groups of the national plan, in order. */
	public static List<PatientGroup> nationalGroups() {
		return Arrays.stream(values()).filter(PatientGroup::isNational).toList();
	}

}
