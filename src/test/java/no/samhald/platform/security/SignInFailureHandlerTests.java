package no.samhald.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;

class SignInFailureHandlerTests {

	@Test
	void aLockedAccountGetsTheSameAnswerAsAWrongOrUnknownOne() throws Exception {
		assertThat(redirectFor(new LockedException("locked")))
			.isEqualTo(redirectFor(new BadCredentialsException("bad")))
			.isEqualTo("/login?error");
	}

	private static String redirectFor(AuthenticationException exception) throws Exception {
		var response = new MockHttpServletResponse();
		new SignInFailureHandler().onAuthenticationFailure(new MockHttpServletRequest(), response, exception);
		return response.getRedirectedUrl();
	}

}
