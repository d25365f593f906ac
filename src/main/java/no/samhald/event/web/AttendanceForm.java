package no.samhald.event.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import no.samhald.event.Attendance;
import no.samhald.event.RecordAttendance;
import no.samhald.platform.EditForm;

/** The checklist of registrations a coordinator ticks off after an event, and the walk-ins. */
class AttendanceForm implements EditForm<Attendance> {

	Set<Long> attended = new LinkedHashSet<>();

	@NotNull
	@Min(0)
	@Max(100_000)
	Integer walkIns = 0;

	int version;

	static AttendanceForm of(Attendance a) {
		var form = new AttendanceForm();
		form.attended = new LinkedHashSet<>(a.attended());
		form.walkIns = a.walkIns();
		form.version = a.version();
		return form;
	}

	RecordAttendance toCommand() {
		return new RecordAttendance(attended == null ? Set.of() : attended, walkIns, version);
	}

	@Override
	public List<String> fieldsChangedIn(Attendance stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
