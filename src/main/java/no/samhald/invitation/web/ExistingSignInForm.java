package no.samhald.invitation.web;

import jakarta.validation.constraints.NotBlank;

/** The password of the account that already has the invited e-mail, to add the roles to it. */
class ExistingSignInForm {

	@NotBlank
	String existingPassword;

}
