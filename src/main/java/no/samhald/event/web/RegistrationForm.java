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
	String name;

	@NotBlank
	@Email
	@Size(max = 200)
	String email;

	@Size(max = 200)
	@NoIdentityNumber
	String organisation;

	@Size(max = 1000)
	@NoIdentityNumber
	String needs;

	Register toCommand() {
		return new Register(name, email, organisation, needs);
	}

}
