package no.samhald.insight;

import java.util.List;

import no.samhald.platform.ConflictException;

/** The file holds years already imported with different numbers; importing again with "replace" overwrites them. */
public class YearsAlreadyImportedException extends ConflictException {

	private final List<String> years;

	public YearsAlreadyImportedException(List<String> years) {
		super("insight.import.conflict", "Already imported with different numbers: " + String.join(", ", years)
				+ ". Import again with replace=true to replace them.");
		this.years = List.copyOf(years);
	}

	public List<String> years() {
		return years;
	}

}
