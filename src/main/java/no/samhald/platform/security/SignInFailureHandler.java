package no.samhald.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * One answer for a wrong password, an unknown name and a locked account: telling "locked" apart
 * would let anyone find out which user names exist by guessing five times.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		getRedirectStrategy().sendRedirect(request, response, "/login?error");
	}

}
