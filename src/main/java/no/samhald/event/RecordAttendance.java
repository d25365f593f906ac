package no.samhald.event;

import java.util.List;
import java.util.Set;

import no.samhald.platform.ChangedFields;

/** The attendance as a coordinator ticks it off, over the {@code version} they opened. */
public record RecordAttendance(Set<Long> attended, int walkIns, int version) {

	public RecordAttendance {
		attended = Set.copyOf(attended);
	}

	/** The fields in which the stored attendance differs from this. */
	public List<String> fieldsChangedIn(Attendance stored) {
		return ChangedFields.between(this, stored);
	}

}
