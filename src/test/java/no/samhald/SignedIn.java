package no.samhald;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

/**
 * Who the test thread acts as when it calls module services directly (they check access
 * themselves). Browser and HTTP tests sign in through the pages instead. A whole test class can
 * also use {@code @WithUserDetails("koordinator")}.
 */
public final class SignedIn {

	public static final String SOGN = "sogn-og-fjordane";

	private SignedIn() {
	}

	public static void as(String username, Role role, String community) {
		var user = new SignedInUser(username, "", false, username, role, community);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** The coordinator of Sogn og Fjordane. */
	public static void asCoordinator() {
		as("koordinator", Role.COORDINATOR, SOGN);
	}

	/** Does the work as the coordinator of Sogn og Fjordane, then acts as before. */
	public static <T> T asCoordinator(Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		try {
			asCoordinator();
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	public static void out() {
		SecurityContextHolder.clearContext();
	}

}
