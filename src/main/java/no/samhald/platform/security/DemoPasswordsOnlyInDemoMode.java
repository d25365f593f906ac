package no.samhald.platform.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The usual check of user name and password, plus one rule: outside demo mode a demo password
 * is refused even where it is right (say, on demo data restored onto a production database), with
 * the same answer as any wrong password, and counted as a failure like one.
 */
class DemoPasswordsOnlyInDemoMode extends DaoAuthenticationProvider {

	private final boolean demoMode;

	DemoPasswordsOnlyInDemoMode(UserDetailsService users, PasswordEncoder passwordEncoder, boolean demoMode) {
		super(users);
		setPasswordEncoder(passwordEncoder);
		this.demoMode = demoMode;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		super.additionalAuthenticationChecks(user, authentication);
		if (!demoMode && DemoPasswords.isDemoPassword(authentication.getCredentials())) {
			throw new BadCredentialsException("A demo password outside demo mode");
		}
	}

}
