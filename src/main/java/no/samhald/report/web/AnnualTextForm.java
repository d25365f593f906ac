package no.samhald.report.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;
import no.samhald.report.AnnualText;
import no.samhald.report.SaveAnnualText;

/** What a coordinator types as the introduction and closing words of an annual report. */
class AnnualTextForm implements EditForm<AnnualText> {

	@Size(max = 8000)
	@NoIdentityNumber
	private String introduction;

	@Size(max = 8000)
	@NoIdentityNumber
	private String closing;

	private int version;

	static AnnualTextForm of(AnnualText text) {
		var form = new AnnualTextForm();
		form.introduction = text.introduction();
		form.closing = text.closing();
		form.version = text.version();
		return form;
	}

	SaveAnnualText toCommand() {
		return new SaveAnnualText(introduction, closing, version);
	}

	@Override
	public List<String> fieldsChangedIn(AnnualText stored) {
		return toCommand().fieldsChangedIn(stored);
	}

	public String getIntroduction() { return introduction; }
	public void setIntroduction(String introduction) { this.introduction = introduction; }
	public String getClosing() { return closing; }
	public void setClosing(String closing) { this.closing = closing; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
