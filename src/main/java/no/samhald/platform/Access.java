package no.samhald.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;

/**
 * Who may do what in a community. A system administrator may coordinate every community, a
 * coordinator only their own; members may read the member pages of their community; the public
 * reads public pages only. A partner contact acts for one partner and every partner below it (a
 * health trust's contact for its hospitals: answers the deviations they received, reports their
 * implementation of agreements), a forum secretary keeps one forum's
 * meetings, and a measure owner reports on one measure; a coordinator may do all of it in their
 * community. Used as {@code @access} in templates too.
 */
@Component("access")
public class Access {

	/** Request attribute memoising the partners acted for, by the set of partners granted. */
	private static final String ACTED_FOR = Access.class.getName() + ".actedFor";

	private final PartnerHierarchy partners;

	Access(PartnerHierarchy partners) {
		this.partners = partners;
	}

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

	/**
	 * Whether the signed-in person is a contact of the partner or of a partner above it (not
	 * counting coordinators).
	 */
	public boolean isPartnerContact(String communitySlug, long partnerId) {
		return scopesOf(Role.PARTNER_CONTACT, communitySlug).contains(partnerId);
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

	/**
	 * The scope ids (partner, forum or measure) for which the signed-in person holds the role in
	 * the community; for partner contacts also every partner below the ones granted.
	 */
	public Set<Long> scopesOf(Role role, String communitySlug) {
		Set<Long> granted = currentUser().stream()
			.flatMap(user -> user.grants().stream())
			.filter(grant -> grant.role() == role && communitySlug.equals(grant.communitySlug()))
			.map(Grant::scopeId)
			.collect(Collectors.toUnmodifiableSet());
		return role == Role.PARTNER_CONTACT && !granted.isEmpty() ? withPartnersBelow(granted) : granted;
	}

	/**
	 * The granted partners and those below them, looked up once per request: lists ask for every
	 * partner in turn. Keyed by the grants, since a test may sign in as another person within one.
	 */
	@SuppressWarnings("unchecked")
	private Set<Long> withPartnersBelow(Set<Long> granted) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return Set.copyOf(partners.selfAndBelow(granted));
		}
		var memo = (Map<Set<Long>, Set<Long>>) request.getAttribute(ACTED_FOR, RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<>();
			request.setAttribute(ACTED_FOR, memo, RequestAttributes.SCOPE_REQUEST);
		}
		return memo.computeIfAbsent(granted, ids -> Set.copyOf(partners.selfAndBelow(ids)));
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
