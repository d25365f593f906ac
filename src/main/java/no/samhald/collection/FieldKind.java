package no.samhald.collection;

/** What a field holds; the numeric kinds are summed in the results, the others counted or listed. */
public enum FieldKind {

	INTEGER, DECIMAL, MONEY, PERCENTAGE, YES_NO, CHOICE, SHORT_TEXT;

	public boolean isNumeric() {
		return this == INTEGER || this == DECIMAL || this == MONEY || this == PERCENTAGE;
	}

	/** Whether partners' answers are counted per option rather than summed. */
	public boolean isCategorical() {
		return this == YES_NO || this == CHOICE;
	}

	/** Whether partners' answers add up (a sum, not a mean): such a field can be a series per inhabitant. */
	public boolean isSummed() {
		return isNumeric() && !isAveraged();
	}

	/** A share is averaged over the partners: adding percentages means nothing. */
	public boolean isAveraged() {
		return this == PERCENTAGE;
	}

}
