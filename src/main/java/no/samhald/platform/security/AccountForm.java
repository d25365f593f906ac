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
	String username;

	@NotBlank
	@Size(max = 200)
	String displayName;

	@NotNull
	Role role = Role.MEMBER;

	@NotBlank
	@Size(min = 12, message = "{account.password.length}")
	@BcryptLength
	String password;

}
