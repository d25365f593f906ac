package no.samhald.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, and the new one twice. */
class PasswordForm {

	@NotBlank
	String currentPassword;

	@NotBlank
	@Size(min = 12, message = "{account.password.length}")
	@BcryptLength
	String newPassword;

	@NotBlank
	String repeatPassword;

}
