package no.samhald.invitation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.invitation.NewSignIn;
import no.samhald.platform.NoIdentityNumber;

/**
 * The invited person's new sign-in. The username and password rules (format, taken, length,
 * bcrypt's 72 bytes, demo passwords) are checked by the service, beside these fields.
 */
class NewSignInForm {

	@NotBlank
	@Size(max = 60)
	String username;

	@NotBlank
	@Size(max = 200)
	@NoIdentityNumber
	String displayName;

	@NotBlank
	String password;

	@NotBlank
	String repeatPassword;

	NewSignIn toCommand() {
		return new NewSignIn(username.strip(), displayName.strip(), password, repeatPassword);
	}

	/** A password is never sent back to the browser. */
	void forgetPasswords() {
		password = null;
		repeatPassword = null;
	}

}
