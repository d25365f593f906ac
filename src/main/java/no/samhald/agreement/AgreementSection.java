package no.samhald.agreement;

import java.util.Objects;

/**
 * One numbered section of an agreement text: a chapter, paragraph or point with its number
 * ("4.2"), heading and text. Stored in order as part of its version.
 */
public record AgreementSection(SectionLevel level, String number, String heading, String text) {

	public AgreementSection {
		number = Objects.requireNonNullElse(number, "").strip();
		heading = Objects.requireNonNullElse(heading, "").strip();
		text = Objects.requireNonNullElse(text, "").strip();
	}

	public AgreementSection withNumber(String newNumber) {
		return new AgreementSection(level, newNumber, heading, text);
	}

	/** "4.2 Utskrivingsklar pasient", or the heading alone when the section has no number. */
	public String title() {
		return (number + " " + heading).strip();
	}

}
