package no.samhald.placement.web;

/** A doctor entered by hand, or a CSV of doctors pasted or uploaded as text. */
record DoctorForm(String name, String email, String csv) {

	static DoctorForm blank() {
		return new DoctorForm(null, null, null);
	}

}
