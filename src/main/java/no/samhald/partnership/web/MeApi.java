package no.samhald.partnership.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Communities;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.platform.Access;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;

/**
 * {@code GET /api/v1/me}: who the caller is and what they may do, so that an API client can
 * tell which partner, forum and measures it acts for. Here rather than in platform, which
 * knows only the ids: the names of partners, forums and people belong to partnership.
 */
@RestController
record MeApi(Access access, AccountLinks accountLinks, Communities communities, People people, Partners partners,
		Forums forums) {

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in caller: account, person and every role with its scope")
	MeJson me() {
		// The security chain lets only the signed-in through to /api/v1/me.
		SignedInUser user = access.currentUser().orElseThrow();
		return new MeJson(user.getUsername(), user.displayName(), accountLinks.email(user.getUsername()).orElse(null),
				person(user), user.grants().stream().map(this::role).toList());
	}

	private PersonJson person(SignedInUser user) {
		if (user.personId() == null || user.communitySlug() == null) {
			return null;
		}
		long communityId = communities.bySlug(user.communitySlug()).id();
		return nameOf(() -> people.get(communityId, user.personId()).name())
			.map(name -> new PersonJson(user.personId(), name))
			.orElse(null);
	}

	private RoleJson role(Grant grant) {
		Long scope = grant.scopeId();
		if (grant.role() == Role.PARTNER_CONTACT) {
			long communityId = communities.bySlug(grant.communitySlug()).id();
			return new RoleJson(grant.role(), grant.communitySlug(), scope,
					nameOf(() -> partners.get(communityId, scope).name()).orElse(null), null, null, null);
		}
		if (grant.role() == Role.FORUM_SECRETARY) {
			long communityId = communities.bySlug(grant.communitySlug()).id();
			return new RoleJson(grant.role(), grant.communitySlug(), null, null, scope,
					nameOf(() -> forums.get(communityId, scope).name()).orElse(null), null);
		}
		Long measureId = grant.role() == Role.MEASURE_OWNER ? scope : null;
		return new RoleJson(grant.role(), grant.communitySlug(), null, null, null, null, measureId);
	}

	/** A name, or none when the partner, forum or person has gone since the role was given. */
	private static Optional<String> nameOf(Supplier<String> lookup) {
		try {
			return Optional.ofNullable(lookup.get());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	record MeJson(String username, String displayName, String email, PersonJson person, List<RoleJson> roles) {
	}

	record PersonJson(long id, String name) {
	}

	/** One role; the community is missing for an administrator, the scope fields for a base role. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RoleJson(Role role, String community, Long partnerId, String partnerName, Long forumId, String forumName,
			Long measureId) {
	}

}
