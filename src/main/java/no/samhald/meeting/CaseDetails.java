package no.samhald.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import no.samhald.platform.NoIdentityNumber;

/**
 * What a coordinator types to put a case on the agenda or change it. Without a number the case
 * gets the forum's next number in the meeting's year; a number typed in (to follow an existing
 * journal) must be free.
 */
public class CaseDetails {

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

	public static CaseDetails of(Case item) {
		var details = new CaseDetails();
		details.number = item.number();
		details.title = item.title();
		details.publicTitle = item.publicTitle();
		details.type = item.type();
		details.background = item.background();
		details.proposal = item.proposal();
		details.exempt = item.exempt();
		details.exemptionBasis = item.exemptionBasis();
		details.matterId = item.matterId();
		details.version = item.version();
		return details;
	}

	/** The fields in which the stored case differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Case stored) {
		var theirs = of(stored);
		var changed = new ArrayList<String>();
		if (!Objects.equals(number, theirs.number)) changed.add("number");
		if (!Objects.equals(blank(title), blank(theirs.title))) changed.add("title");
		if (!Objects.equals(blank(publicTitle), blank(theirs.publicTitle))) changed.add("publicTitle");
		if (type != theirs.type) changed.add("type");
		if (!Objects.equals(blank(background), blank(theirs.background))) changed.add("background");
		if (!Objects.equals(blank(proposal), blank(theirs.proposal))) changed.add("proposal");
		if (exempt != theirs.exempt) changed.add("exempt");
		if (!Objects.equals(blank(exemptionBasis), blank(theirs.exemptionBasis))) changed.add("exemptionBasis");
		if (!Objects.equals(matterId, theirs.matterId)) changed.add("matterId");
		return changed;
	}

	static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
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
	public void setVersion(int version) { this.version = version; }

}
