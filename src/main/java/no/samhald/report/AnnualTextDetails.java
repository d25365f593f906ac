package no.samhald.report;

import java.util.List;

import jakarta.validation.constraints.Size;

import no.samhald.platform.ChangedFields;

/** What a coordinator types as the introduction and closing words of an annual report. */
public class AnnualTextDetails {

	@Size(max = 8000)
	private String introduction;

	@Size(max = 8000)
	private String closing;

	private int version;

	public static AnnualTextDetails of(AnnualText text) {
		var details = new AnnualTextDetails();
		details.introduction = text.introduction();
		details.closing = text.closing();
		details.version = text.version();
		return details;
	}

	/** The fields in which the stored texts differ from what this person saw and typed. */
	public List<String> fieldsChangedIn(AnnualText stored) {
		return new ChangedFields().compare("introduction", introduction, stored.introduction())
			.compare("closing", closing, stored.closing())
			.list();
	}

	public String getIntroduction() { return introduction; }
	public void setIntroduction(String introduction) { this.introduction = introduction; }
	public String getClosing() { return closing; }
	public void setClosing(String closing) { this.closing = closing; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
