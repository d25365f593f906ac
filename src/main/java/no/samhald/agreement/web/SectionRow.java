package no.samhald.agreement.web;

import no.samhald.agreement.AgreementSection;
import no.samhald.agreement.SectionLevel;

/**
 * One section in the editor: what it says, where it goes ({@code position}, to reorder) and
 * whether to remove it. A row left empty is no section (the editor offers a few to add).
 */
public class SectionRow {

	public SectionLevel level = SectionLevel.PARAGRAPH;

	public String number;

	public String heading;

	public String text;

	public Integer position;

	public boolean remove;

	static SectionRow of(AgreementSection section, int position) {
		var row = new SectionRow();
		row.level = section.level();
		row.number = section.number();
		row.heading = section.heading();
		row.text = section.text();
		row.position = position;
		return row;
	}

	AgreementSection toSection() {
		return new AgreementSection(level, number, heading, text);
	}

	public boolean isBlank() {
		return isBlank(number) && isBlank(heading) && isBlank(text);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
