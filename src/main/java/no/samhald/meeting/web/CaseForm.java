package no.samhald.meeting.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import no.samhald.meeting.Case;
import no.samhald.meeting.CaseType;
import no.samhald.meeting.SaveCase;
import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;

/**
 * What a coordinator types to put a case on the agenda or change it; without a number the case
 * gets the forum's next one.
 */
class CaseForm implements EditForm<Case> {

	@Positive
	private Integer number;

	@NotBlank
	@Size(max = 300)
	@NoIdentityNumber
	private String title;

	@Size(max = 300)
	@NoIdentityNumber
	private String publicTitle;

	@NotNull
	private CaseType type = CaseType.DECISION;

	@Size(max = 20000)
	@NoIdentityNumber
	private String background;

	@Size(max = 8000)
	@NoIdentityNumber
	private String proposal;

	private boolean exempt;

	@Size(max = 200)
	@NoIdentityNumber
	private String exemptionBasis;

	private Long matterId;

	private int version;

	static CaseForm of(Case item) {
		var form = new CaseForm();
		form.number = item.number();
		form.title = item.title();
		form.publicTitle = item.publicTitle();
		form.type = item.type();
		form.background = item.background();
		form.proposal = item.proposal();
		form.exempt = item.exempt();
		form.exemptionBasis = item.exemptionBasis();
		form.matterId = item.matterId();
		form.version = item.version();
		return form;
	}

	SaveCase toCommand() {
		return new SaveCase(number, title, publicTitle, type, background, proposal, exempt, exemptionBasis, matterId,
				version);
	}

	@Override
	public List<String> fieldsChangedIn(Case stored) {
		return toCommand().fieldsChangedIn(stored);
	}

	public Integer getNumber() { return number; }
	public void setNumber(Integer number) { this.number = number; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getPublicTitle() { return publicTitle; }
	public void setPublicTitle(String publicTitle) { this.publicTitle = publicTitle; }
	public CaseType getType() { return type; }
	public void setType(CaseType type) { this.type = type; }
	public String getBackground() { return background; }
	public void setBackground(String background) { this.background = background; }
	public String getProposal() { return proposal; }
	public void setProposal(String proposal) { this.proposal = proposal; }
	public boolean isExempt() { return exempt; }
	public void setExempt(boolean exempt) { this.exempt = exempt; }
	public String getExemptionBasis() { return exemptionBasis; }
	public void setExemptionBasis(String exemptionBasis) { this.exemptionBasis = exemptionBasis; }
	public Long getMatterId() { return matterId; }
	public void setMatterId(Long matterId) { this.matterId = matterId; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
