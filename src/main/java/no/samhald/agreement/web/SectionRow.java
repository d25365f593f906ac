package no.samhald.agreement.web;

import no.samhald.agreement.AgreementSection;
import no.samhald.agreement.SectionLevel;

/**
 * One section in the editor: what it says, where it goes ({@code position}, to reorder) and
 * whether to remove it. A row left empty is no section (the editor offers a few to add).
 */
public class SectionRow {

	private SectionLevel level = SectionLevel.PARAGRAPH;

	private String number;

	private String heading;

	private String text;

	private Integer position;

	private boolean remove;

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

	public SectionLevel getLevel() { return level; }
	public void setLevel(SectionLevel level) { this.level = level; }
	public String getNumber() { return number; }
	public void setNumber(String number) { this.number = number; }
	public String getHeading() { return heading; }
	public void setHeading(String heading) { this.heading = heading; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public Integer getPosition() { return position; }
	public void setPosition(Integer position) { this.position = position; }
	public boolean isRemove() { return remove; }
	public void setRemove(boolean remove) { this.remove = remove; }

}
