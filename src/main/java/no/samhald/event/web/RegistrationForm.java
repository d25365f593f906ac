package no.samhald.event.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.event.Register;
import no.samhald.platform.NoIdentityNumber;

/** What a person types to register for an event; no account needed. */
class RegistrationForm {

	@NotBlank
	@Size(max = 200)
	@NoIdentityNumber
	private String name;

	@NotBlank
	@Email
	@Size(max = 200)
	private String email;

	@Size(max = 200)
	@NoIdentityNumber
	private String organisation;

	@Size(max = 1000)
	@NoIdentityNumber
	private String needs;

	Register toCommand() {
		return new Register(name, email, organisation, needs);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getNeeds() { return needs; }
	public void setNeeds(String needs) { this.needs = needs; }

}
