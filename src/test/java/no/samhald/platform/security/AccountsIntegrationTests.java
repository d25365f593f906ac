package no.samhald.platform.security;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
class AccountsIntegrationTests {

	/** 73 ASCII bytes is one over bcrypt's limit; 13 × "æøå" is only 39 characters but 78 bytes in UTF-8. */
	private static final String TOO_LONG = "a".repeat(73);

	private static final String TOO_LONG_IN_BYTES = "æøå".repeat(13);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocalValidatorFactoryBean validator;

	@AfterEach
	void defaultLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aUsernameThatDiffersOnlyInCaseIsTakenAndSignInIgnoresCase() {
		String username = newAccount();

		assertThat(accounts.createIfAbsent(username.toUpperCase(Locale.ROOT), "another-password", "Someone else",
				Role.MEMBER, "sogn-og-fjordane")).isFalse();
		assertThat(accounts.exists(username.toUpperCase(Locale.ROOT))).isTrue();
		assertThat(accounts.find(username.toUpperCase(Locale.ROOT))).get()
			.extracting(user -> user.getUsername()).isEqualTo(username);
	}

	@Test
	void aCoordinatorCreatingADifferentlyCasedNameGetsAFieldMessage() {
		var response = new Api(port).as("koordinator", "samhald-demo").postForm("/sogn-og-fjordane/accounts",
				Map.of("username", "Medlem", "displayName", "Ein annan", "role", "MEMBER", "password",
						"eit-langt-passord"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Brukarnamnet er alt i bruk.");
	}

	@Test
	void aPasswordOverBcryptsSeventyTwoBytesIsAFieldMessageInTheUsersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		var account = new AccountForm();
		account.username = "long-password";
		account.displayName = "Long Password";
		account.password = TOO_LONG_IN_BYTES;
		var change = new PasswordForm();
		change.currentPassword = "whatever";
		change.newPassword = TOO_LONG;
		change.repeatPassword = TOO_LONG;

		assertThat(TOO_LONG_IN_BYTES).hasSizeLessThan(72);
		assertThat(fieldMessage(account, "password")).contains("72");
		assertThat(fieldMessage(change, "newPassword")).contains("72");
	}

	@Test
	void signingInWithATooLongPasswordIsJustAWrongPassword() {
		assertThat(accounts.matches(newAccount(), TOO_LONG)).isFalse();
	}

	@Test
	void aTooLongPasswordIsRefusedOnTheFormsNotAServerError() {
		var coordinator = new Api(port).as("koordinator", "samhald-demo");
		var created = coordinator.postForm("/sogn-og-fjordane/accounts", Map.of("username",
				"lang-" + UUID.randomUUID().toString().substring(0, 6), "displayName", "Lang", "role", "MEMBER",
				"password", TOO_LONG));
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body()).contains("72 byte");

		String username = newAccount();
		var changed = new Api(port).as(username, "right-password").postForm("/account/password",
				Map.of("currentPassword", "right-password", "newPassword", TOO_LONG, "repeatPassword", TOO_LONG));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body()).contains("72 byte");
	}

	@Test
	void whenALockOutExpiresTheFailuresCountFromZeroAgain() {
		String username = newAccount();
		for (int attempt = 1; attempt <= Accounts.MAX_FAILED_ATTEMPTS; attempt++) {
			guessWrong(username);
		}
		assertThat(accounts.find(username).orElseThrow().isAccountNonLocked()).isFalse();

		jdbc.sql("update account set locked_until = now() - interval '1 minute' where username = :username")
			.param("username", username)
			.update();
		guessWrong(username);

		assertThat(accounts.find(username).orElseThrow().isAccountNonLocked()).isTrue();
		assertThat(jdbc.sql("select failed_attempts from account where username = :username")
			.param("username", username)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDemoPasswordIsNeverANewPassword() {
		String username = newAccount();
		var changed = new Api(port).as(username, "right-password").postForm("/account/password",
				Map.of("currentPassword", "right-password", "newPassword", "samhald-demo", "repeatPassword", "samhald-demo"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body()).contains("kjent for alle");
		assertThat(accounts.matches(username, "right-password")).isTrue();
	}

	@Test
	void theAdministratorPasswordFromTheEnvironmentCreatesOrSetsAnAdministratorOnly() {
		String administrator = "drift-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.setAdministratorPassword(administrator, "forste-passord-for-drift");
		accounts.setAdministratorPassword(administrator, "andre-passord-for-drift");
		assertThat(accounts.matches(administrator, "andre-passord-for-drift")).isTrue();
		assertThat(accounts.find(administrator).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(accounts.hasAdministratorWhoCanSignIn()).isTrue();

		String member = newAccount();
		assertThatThrownBy(() -> accounts.setAdministratorPassword(member, "forste-passord-for-drift"))
			.hasMessageContaining("is no administrator");
		assertThat(accounts.matches(member, "right-password")).isTrue();
	}

	/** What a wrong password does: the attempt is counted before the check, then recorded as failed. */
	private void guessWrong(String username) {
		accounts.startAttempt(username);
		accounts.recordFailure(username, "127.0.0.1");
	}

	private String fieldMessage(Object form, String field) {
		var errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		var error = errors.getFieldError(field);
		assertThat(error).as(field).isNotNull();
		return error.getDefaultMessage();
	}

	/** An account of this test's own, so that failures never lock an account other tests use. */
	private String newAccount() {
		String username = "accounts-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "right-password", "Test " + username, Role.MEMBER, "sogn-og-fjordane");
		return username;
	}

}
