package no.samhald.platform;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a community. A system administrator may coordinate every community, a
 * coordinator only their own; members may read the member pages of their community; the public
 * reads public pages only. Used as {@code @access} in templates too.
 */
@Component("access")
public class Access {

	public Optional<SignedInUser> currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken
				|| !(auth.getPrincipal() instanceof SignedInUser user)) {
			return Optional.empty();
		}
		return Optional.of(user);
	}

	public String currentUsername() {
		return currentUser().map(SignedInUser::getUsername).orElse("anonymous");
	}

	/** The person of the community the signed-in account belongs to, if linked. */
	public Optional<Long> currentPersonId() {
		return currentUser().map(SignedInUser::personId);
	}

	/** Whether the signed-in account is the given person of the community. */
	public boolean isPerson(String communitySlug, long personId) {
		return currentUser().filter(user -> communitySlug.equals(user.communitySlug()))
			.map(user -> Long.valueOf(personId).equals(user.personId()))
			.orElse(false);
	}

	public boolean isSignedIn() {
		return currentUser().isPresent();
	}

	public boolean canCoordinate(String communitySlug) {
		return currentUser().map(user -> user.isAdministrator()
				|| (user.isCoordinator() && communitySlug.equals(user.communitySlug()))).orElse(false);
	}

	public boolean isMemberOf(String communitySlug) {
		return currentUser().map(user -> user.isAdministrator() || communitySlug.equals(user.communitySlug()))
			.orElse(false);
	}

	/** Whether the signed-in account administers the installation (every community and the data they share). */
	public boolean isAdministrator() {
		return currentUser().map(SignedInUser::isAdministrator).orElse(false);
	}

	/** Throws (→ 403) unless the signed-in person administers the installation. */
	public void requireAdministrator() {
		if (!isAdministrator()) {
			throw new AccessDeniedException("Not an administrator of the installation");
		}
	}

	/** Throws (→ 403) unless the signed-in person may coordinate the community. */
	public void requireCoordinator(String communitySlug) {
		if (!canCoordinate(communitySlug)) {
			throw new AccessDeniedException("Not a coordinator of " + communitySlug);
		}
	}

}
