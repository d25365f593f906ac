package no.samhald.meeting.web;

import java.util.ArrayList;
import java.util.List;

import no.samhald.meeting.Attendance;
import no.samhald.meeting.AttendanceEntry;
import no.samhald.meeting.Meeting;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/** The attendance table of a meeting as a form: one row per participant. */
class AttendanceForm implements EditForm<Meeting> {

	int version;

	public List<Row> rows = new ArrayList<>();

	static AttendanceForm of(Meeting meeting) {
		var form = new AttendanceForm();
		form.version = meeting.version();
		meeting.participants().forEach(p -> {
			var row = new Row();
			row.personId = p.personId();
			row.attendance = p.attendance();
			row.substituteName = p.substituteName();
			row.mustApprove = p.mustApprove();
			form.rows.add(row);
		});
		return form;
	}

	List<AttendanceEntry> entries() {
		return rows.stream().filter(r -> r.personId != null)
			.map(r -> new AttendanceEntry(r.personId, r.attendance, r.substituteName, r.mustApprove))
			.toList();
	}

	/** The participants whose line differs from what is stored now ("person 12"). */
	@Override
	public List<String> fieldsChangedIn(Meeting stored) {
		var changed = new ChangedFields();
		for (AttendanceEntry mine : entries()) {
			stored.participant(mine.personId()).ifPresent(p -> changed.compare("person " + p.personId(), mine,
					new AttendanceEntry(p.personId(), p.attendance(), p.substituteName(), p.mustApprove())));
		}
		return changed.list();
	}

	/** One participant's line. */
	public static class Row {

		public Long personId;

		Attendance attendance;

		String substituteName;

		boolean mustApprove;
	}

}
