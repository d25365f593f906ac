package no.samhald.platform.security;

import org.springframework.context.ApplicationContext;

import no.samhald.platform.SignedInUser;

/** The sign-in of a real account, with its grants, for tests outside this package. */
public final class AccountsForTests {

	private AccountsForTests() {
	}

	public static SignedInUser signedIn(ApplicationContext context, String username) {
		return context.getBean(Accounts.class).find(username).orElseThrow();
	}

}
