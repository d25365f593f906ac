package no.samhald.insight.engine;

/**
 * One thing wrong in an imported file: where (line and column of a CSV file; for JSON-stat no line
 * and the cell as column), the offending value, and what is wrong ({@link Kind}).
 */
public record ImportProblem(Integer line, String column, String value, Kind kind) {

	public enum Kind {
		EMPTY_FILE, NO_HEADER, UNKNOWN_COLUMN, MISSING_DIMENSION, WRONG_FIELD_COUNT, UNKNOWN_MUNICIPALITY,
		UNKNOWN_SEX, UNKNOWN_AGE, UNKNOWN_YEAR, NOT_A_NUMBER, NEGATIVE_COUNT, DUPLICATE_CELL, MISSING_CELLS,
		NOT_JSON_STAT, TOO_MANY_PROBLEMS
	}

}
