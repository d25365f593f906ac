package no.samhald.placement.web;

/** A doctor entered by hand, or a CSV of doctors pasted or uploaded as text. */
class DoctorForm {

	private String name;

	private String email;

	private String csv;

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getCsv() { return csv; }
	public void setCsv(String csv) { this.csv = csv; }

}
