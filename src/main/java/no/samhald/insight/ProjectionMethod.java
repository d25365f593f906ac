package no.samhald.insight;

import java.util.Locale;

import no.samhald.platform.InvalidInputException;

/** How a projection is made; {@link #code()} is the value of the API's {@code method} parameter. */
public enum ProjectionMethod {

	/**
	 * Cohort-component with its components estimated from the observed series (national mortality, local
	 * fertility and shrunk, damped net migration); the default.
	 */
	ESTIMATED_COMPONENT("estimated-component"),
	/** Hamilton–Perry cohort-change ratios from the observed series. */
	COHORT_CHANGE("cohort-change"),
	/** Cohort-component with fertility, mortality and migration assumptions. */
	COHORT_COMPONENT("cohort-component"),
	/** SSB's official projection (table 14288) as imported. */
	OFFICIAL("ssb");

	/** The method used when none is asked for. */
	public static final ProjectionMethod DEFAULT = ESTIMATED_COMPONENT;

	private final String code;

	ProjectionMethod(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static ProjectionMethod of(String code) {
		if (code == null || code.isBlank()) {
			return DEFAULT;
		}
		String lower = code.strip().toLowerCase(Locale.ROOT);
		for (ProjectionMethod method : values()) {
			if (method.code.equals(lower) || method.name().equalsIgnoreCase(lower.replace('-', '_'))) {
				return method;
			}
		}
		if (lower.equals("official") || lower.equals("ssb-14288") || lower.equals("hamilton-perry")) {
			return lower.equals("hamilton-perry") ? COHORT_CHANGE : OFFICIAL;
		}
		throw new InvalidInputException("method", "insight.method.unknown", code);
	}

}
