package no.samhald.agreement;

/** The case that adopted a version, as far as the person may see it: "SSU 12/2025" and its title. */
public record AdoptingCase(long id, String number, String title) {

	/** "SSU 12/2025 Revisjon av delavtale 3", as a choice in a list. */
	public String label() {
		return number + " " + title;
	}

}
