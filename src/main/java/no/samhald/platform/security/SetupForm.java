package no.samhald.platform.security;

import jakarta.validation.constraints.NotBlank;

/**
 * The first administrator's name and password, chosen on the one-time setup page: an account
 * form (its role is ignored: the setup creates an administrator) with the password twice.
 */
class SetupForm extends AccountForm {

	@NotBlank
	String repeatPassword;

}
