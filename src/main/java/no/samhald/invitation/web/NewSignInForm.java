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
	private String username;

	@NotBlank
	@Size(max = 200)
	@NoIdentityNumber
	private String displayName;

	@NotBlank
	private String password;

	@NotBlank
	private String repeatPassword;

	NewSignIn toCommand() {
		return new NewSignIn(username.strip(), displayName.strip(), password, repeatPassword);
	}

	/** A password is never sent back to the browser. */
	void forgetPasswords() {
		password = null;
		repeatPassword = null;
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getRepeatPassword() { return repeatPassword; }
	public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }

}
