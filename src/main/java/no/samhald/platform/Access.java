package no.samhald.platform;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;

/**
 * Who may do what in a community. A system administrator may coordinate every community, a
 * coordinator only their own; members may read the member pages of their community; the public
 * reads public pages only. A partner contact acts for one partner (answers the deviations it
 * received, reports its implementation of agreements), a forum secretary keeps one forum's
 * meetings, and a measure owner reports on one measure; a coordinator may do all of it in their
 * community. Used as {@code @access} in templates too.
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

	/** Whether the signed-in person is a contact of the partner (not counting coordinators). */
	public boolean isPartnerContact(String communitySlug, long partnerId) {
		return holds(Role.PARTNER_CONTACT, communitySlug, partnerId);
	}

	/** Whether the signed-in person may act for the partner: its contact, or a coordinator of the community. */
	public boolean canActForPartner(String communitySlug, long partnerId) {
		return canCoordinate(communitySlug) || isPartnerContact(communitySlug, partnerId);
	}

	/** Whether the signed-in person may keep the forum's meetings, cases and minutes: its secretary or a coordinator. */
	public boolean canKeepForum(String communitySlug, long forumId) {
		return canCoordinate(communitySlug) || holds(Role.FORUM_SECRETARY, communitySlug, forumId);
	}

	/** Whether the signed-in person may report status on the measure: its owner or a coordinator. */
	public boolean canReportOnMeasure(String communitySlug, long measureId) {
		return canCoordinate(communitySlug) || holds(Role.MEASURE_OWNER, communitySlug, measureId);
	}

	/** The scope ids (partner, forum or measure) for which the signed-in person holds the role in the community. */
	public Set<Long> scopesOf(Role role, String communitySlug) {
		return currentUser().stream()
			.flatMap(user -> user.grants().stream())
			.filter(grant -> grant.role() == role && communitySlug.equals(grant.communitySlug()))
			.map(Grant::scopeId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Throws (→ 403) unless the signed-in person may act for the partner. */
	public void requireActingForPartner(String communitySlug, long partnerId) {
		if (!canActForPartner(communitySlug, partnerId)) {
			throw new AccessDeniedException("Not acting for partner " + partnerId + " of " + communitySlug);
		}
	}

	/** Throws (→ 403) unless the signed-in person may keep the forum's meetings. */
	public void requireKeeperOfForum(String communitySlug, long forumId) {
		if (!canKeepForum(communitySlug, forumId)) {
			throw new AccessDeniedException("Not keeping forum " + forumId + " of " + communitySlug);
		}
	}

	/** Throws (→ 403) unless the signed-in person may report on the measure. */
	public void requireReporterOnMeasure(String communitySlug, long measureId) {
		if (!canReportOnMeasure(communitySlug, measureId)) {
			throw new AccessDeniedException("Not reporting on measure " + measureId + " of " + communitySlug);
		}
	}

	private boolean holds(Role role, String communitySlug, long scopeId) {
		return currentUser().map(user -> user.holds(role, communitySlug, scopeId)).orElse(false);
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
