package no.samhald.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.samhald.platform.SignedInUser.Role;

/** A coordinator's form for giving someone in the community a sign-in. */
class AccountForm {

	@NotBlank
	@Pattern(regexp = "[a-zA-Z0-9._-]{3,60}", message = "{account.username.format}")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@NotNull
	private Role role = Role.MEMBER;

	@NotBlank
	@Size(min = 12, message = "{account.password.length}")
	@BcryptLength
	private String password;

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }

}
