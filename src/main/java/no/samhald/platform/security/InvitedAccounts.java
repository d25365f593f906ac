package no.samhald.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.DemoData;
import no.samhald.platform.SignedInUser.Role;

/**
 * The rules of accounts (password length, bcrypt's limit, demo passwords, counted password
 * checks) for accounts that come from an invitation; {@link no.samhald.platform.AccountCreation}
 * is its face to the other modules.
 */
@Component
public class InvitedAccounts {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final Accounts accounts;

	private final boolean demoMode;

	InvitedAccounts(Accounts accounts, DemoData demoData) {
		this.accounts = accounts;
		this.demoMode = demoData.enabled();
	}

	/** The message keys of the rules a new password breaks; empty when it is fine. */
	public List<String> passwordProblems(String rawPassword) {
		var problems = new ArrayList<String>();
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
			problems.add("account.password.length");
		}
		else if (rawPassword.getBytes(StandardCharsets.UTF_8).length > BcryptLength.MAX_BYTES) {
			problems.add("account.password.tooLong");
		}
		else if (DemoPasswords.isDemoPassword(rawPassword)) {
			problems.add("account.password.demo");
		}
		return problems;
	}

	public boolean exists(String username) {
		return accounts.exists(username);
	}

	/** Creates the account with its e-mail unless the name is taken (in any case); returns whether it was created. */
	@Transactional
	public boolean create(String username, String rawPassword, String displayName, String email, Role role,
			String communitySlug) {
		if (!accounts.createIfAbsent(username, rawPassword, displayName, role, communitySlug)) {
			return false;
		}
		accounts.setEmail(username, email);
		return true;
	}

	/**
	 * Whether the password is the account's, counted like a sign-in: past the limit the account
	 * locks for a while, so the page that asks for it cannot be used to guess passwords.
	 */
	@Transactional
	public boolean checkPassword(String username, String rawPassword, String address) {
		if (!accounts.startAttempt(username)) {
			accounts.recordFailure(username, address);
			return false;
		}
		boolean right = rawPassword != null && accounts.matches(username, rawPassword)
				&& (demoMode || !DemoPasswords.isDemoPassword(rawPassword));
		if (right) {
			accounts.recordSuccess(username);
		}
		else {
			accounts.recordFailure(username, address);
		}
		return right;
	}

}
