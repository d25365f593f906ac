package no.samhald.platform.security;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.SignInProviders;
import no.samhald.platform.SignedInUser;

/**
 * How a person signs in: the identities at providers linked to their account (the provider and
 * when, never the subject), each of which they may remove, and "sign out everywhere", which ends
 * every session of the account and revokes its access tokens. A password change does neither to
 * the tokens: they are credentials of their own, each revocable; this is the way to end them all.
 */
@Controller
record SignInsController(ProviderIdentities identities, SignInProviders providers, AccessTokens tokens,
		OtherSessions sessions, AuditLog audit, Access access) {

	/** A linked identity as the page shows it. */
	record IdentityRow(long id, String provider, ZonedDateTime linkedAt) {
	}

	@GetMapping("/account/sign-ins")
	String page(Model model) {
		model.addAttribute("identities", identities.of(user().getUsername()).stream()
			.map(i -> new IdentityRow(i.id(), nameOf(i.issuer()), i.linkedAt().atZone(ZoneId.systemDefault())))
			.toList());
		return "platform/sign-ins";
	}

	@PostMapping("/account/sign-ins/{id}/remove")
	String remove(@PathVariable long id) {
		SignedInUser user = user();
		String provider = identities.of(user.getUsername()).stream().filter(i -> i.id() == id).findFirst()
			.map(i -> registrationOf(i.issuer())).orElse("");
		identities.remove(user, id, provider);
		return "redirect:/account/sign-ins?removed";
	}

	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
		SignedInUser user = user();
		sessions.end(user.getUsername());
		int revoked = tokens.revokeAll(user.getUsername());
		audit.recordAs(user.getUsername(), user.communitySlug(), "account.signed-out-everywhere",
				"account " + user.getUsername(), revoked + " access tokens revoked");
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?signedOutEverywhere";
	}

	/** The names of the national providers; Spring names a provider by its issuer when it is not given one. */
	private static final Map<String, String> KNOWN = Map.of("ansattporten", "Ansattporten", "idporten", "ID-porten",
			"helseid", "HelseID");

	/** The provider that issued the identity: its registration id, or the issuer's host if it is no longer configured. */
	private String registrationOf(String issuer) {
		return providers.all().stream().filter(p -> issuer.equals(p.issuer()))
			.map(SignInProviders.Provider::registrationId).findFirst().orElseGet(() -> {
				String host = URI.create(issuer).getHost();
				return host == null ? issuer : host;
			});
	}

	private String nameOf(String issuer) {
		String registration = registrationOf(issuer);
		return KNOWN.getOrDefault(registration, registration);
	}

	private SignedInUser user() {
		return access.currentUser().orElseThrow();
	}

}
