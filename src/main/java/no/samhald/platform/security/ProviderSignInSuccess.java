package no.samhald.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import no.samhald.platform.SignedInUser;

/**
 * Signs in the account found for a provider's identity exactly as a password would: the
 * principal is the {@link SignedInUser} with its grants and nothing of the provider's tokens, so
 * the session (its id already changed by Spring at sign-in) holds the same as after a password
 * sign-in and no claim of the provider. The person lands in their community; an administrator on
 * the front page.
 */
class ProviderSignInSuccess implements AuthenticationSuccessHandler {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final ProviderIdentities identities;

	ProviderSignInSuccess(ProviderIdentities identities) {
		this.identities = identities;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		var linked = (LinkedOidcUser) authentication.getPrincipal();
		SignedInUser account = linked.account();
		account.eraseCredentials();
		var context = contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		contexts.setContext(context);
		repository.saveContext(context, request, response);
		identities.recordSignIn(account, linked.provider());
		String home = account.isAdministrator() || account.communitySlug() == null ? "/" : "/" + account.communitySlug();
		response.sendRedirect(request.getContextPath() + home);
	}

}
