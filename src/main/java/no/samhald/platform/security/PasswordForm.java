package no.samhald.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, and the new one twice. */
class PasswordForm {

	@NotBlank
	private String currentPassword;

	@NotBlank
	@Size(min = 12, message = "{account.password.length}")
	@BcryptLength
	private String newPassword;

	@NotBlank
	private String repeatPassword;

	public String getCurrentPassword() { return currentPassword; }
	public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
	public String getNewPassword() { return newPassword; }
	public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
	public String getRepeatPassword() { return repeatPassword; }
	public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }

}
