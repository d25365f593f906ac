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

	private int version;

	private List<Row> rows = new ArrayList<>();

	static AttendanceForm of(Meeting meeting) {
		var form = new AttendanceForm();
		form.version = meeting.version();
		meeting.participants().forEach(p -> {
			var row = new Row();
			row.setPersonId(p.personId());
			row.setAttendance(p.attendance());
			row.setSubstituteName(p.substituteName());
			row.setMustApprove(p.mustApprove());
			form.rows.add(row);
		});
		return form;
	}

	List<AttendanceEntry> entries() {
		return rows.stream().filter(r -> r.getPersonId() != null)
			.map(r -> new AttendanceEntry(r.getPersonId(), r.getAttendance(), r.getSubstituteName(), r.isMustApprove()))
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

	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }
	public List<Row> getRows() { return rows; }
	public void setRows(List<Row> rows) { this.rows = rows; }

	/** One participant's line. */
	public static class Row {

		private Long personId;

		private Attendance attendance;

		private String substituteName;

		private boolean mustApprove;

		public Long getPersonId() { return personId; }
		public void setPersonId(Long personId) { this.personId = personId; }
		public Attendance getAttendance() { return attendance; }
		public void setAttendance(Attendance attendance) { this.attendance = attendance; }
		public String getSubstituteName() { return substituteName; }
		public void setSubstituteName(String substituteName) { this.substituteName = substituteName; }
		public boolean isMustApprove() { return mustApprove; }
		public void setMustApprove(boolean mustApprove) { this.mustApprove = mustApprove; }

	}

}
