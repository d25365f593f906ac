package no.samhald.partnership.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.partnership.AddPerson;

/** What a person types to add someone who takes part in the forums. */
class PersonForm {

	@NotBlank
	@Size(max = 200)
	String name;

	@Size(max = 200)
	String title;

	@Email
	@Size(max = 200)
	String email;

	AddPerson toCommand() {
		return new AddPerson(name, title, email);
	}

}
