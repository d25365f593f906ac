package no.samhald.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * An identity linked to no account gets the page that says a coordinator must invite the
 * person; any other failure (a locked account, a refused or broken answer from the provider)
 * the sign-in page's message, which says no more than for a wrong password.
 */
class ProviderSignInFailure implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean unknown = exception instanceof OAuth2AuthenticationException oauth
				&& ProviderSignIn.UNKNOWN_IDENTITY.equals(oauth.getError().getErrorCode());
		response.sendRedirect(request.getContextPath() + (unknown ? "/login/unknown" : "/login?error"));
	}

}
