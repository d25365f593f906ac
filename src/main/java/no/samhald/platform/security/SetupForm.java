package no.samhald.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator's name and password, chosen on the one-time setup page. */
class SetupForm {

	@NotBlank
	@Pattern(regexp = "[a-zA-Z0-9._-]{3,60}", message = "{account.username.format}")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@NotBlank
	@Size(min = 12, message = "{account.password.length}")
	@BcryptLength
	private String password;

	@NotBlank
	private String repeatPassword;

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getRepeatPassword() { return repeatPassword; }
	public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }

}
