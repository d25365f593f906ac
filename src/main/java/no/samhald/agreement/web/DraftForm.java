package no.samhald.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The label of a new draft ("Utkast 2025"). */
class DraftForm {

	@NotBlank
	@Size(max = 40)
	private String label;

	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }

}
