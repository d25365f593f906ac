package no.samhald.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import no.samhald.platform.SignedInUser;

/**
 * Signs an API call in as the owner of the personal access token it sends as
 * {@code Authorization: Bearer}, for this request only: nothing is kept in a session. An unknown,
 * revoked or expired token, or one of a locked account, is refused with 401 at once, whatever the endpoint, so that a client
 * learns that its token no longer works instead of being served as the public. Guessing is
 * hopeless (32 random bytes), so tokens need no throttle of their own.
 */
class AccessTokenFilter extends OncePerRequestFilter {

	static final String BEARER = "Bearer ";

	private final AccessTokens tokens;

	private final Accounts accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	AccessTokenFilter(AccessTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SignedInUser> user = tokens.usernameFor(authorization.substring(BEARER.length()).strip())
			.flatMap(accounts::find)
			// A token is a credential of the account: while the account is locked it signs nobody in.
			.filter(SignedInUser::isAccountNonLocked);
		if (user.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			ApiProblemResponses.write(request, response, 401, "Unauthorized",
					"The access token is unknown, revoked or expired, or its account is locked.");
			return;
		}
		var context = contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			contexts.clearContext();
		}
	}

}
