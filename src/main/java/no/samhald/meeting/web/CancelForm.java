package no.samhald.meeting.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import no.samhald.meeting.Meeting;
import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;

/** The confirmation of a meeting's cancellation, with an optional reason shown on the meeting. */
class CancelForm implements EditForm<Meeting> {

	@Size(max = 1000)
	@NoIdentityNumber
	String reason;

	int version;

	static CancelForm of(Meeting meeting) {
		var form = new CancelForm();
		form.version = meeting.version();
		return form;
	}

	/** Any change since the page was opened: the person should look at the meeting again before cancelling it. */
	@Override
	public List<String> fieldsChangedIn(Meeting stored) {
		return stored.version() == version ? List.of() : List.of("changedMeanwhile");
	}

}
