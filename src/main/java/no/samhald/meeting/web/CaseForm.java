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
	Integer number;

	@NotBlank
	@Size(max = 300)
	@NoIdentityNumber
	String title;

	@Size(max = 300)
	@NoIdentityNumber
	String publicTitle;

	@NotNull
	CaseType type = CaseType.DECISION;

	@Size(max = 20000)
	@NoIdentityNumber
	String background;

	@Size(max = 8000)
	@NoIdentityNumber
	String proposal;

	boolean exempt;

	@Size(max = 200)
	@NoIdentityNumber
	String exemptionBasis;

	Long matterId;

	int version;

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

}
