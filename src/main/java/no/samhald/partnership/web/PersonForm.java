package no.samhald.partnership.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.partnership.AddPerson;

/** What a person types to add someone who takes part in the forums. */
class PersonForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String title;

	@Email
	@Size(max = 200)
	private String email;

	AddPerson toCommand() {
		return new AddPerson(name, title, email);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }

}
