package no.samhald.platform.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import no.samhald.SamhaldTest;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.security.AccountsForTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Forms bound field by field ({@link FormBinding}): a value that cannot be converted gets a
 * message beside its field and the rest of the form comes back as typed. (The bad value itself is
 * not shown again: a {@code th:field} shows the form's value, which stays empty.)
 */
@SamhaldTest
class FormBindingTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationContext applicationContext;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void aBadNumberComesBackAsTypedWithAMessage() throws Exception {
		String page = mvc
			.perform(post("/sogn-og-fjordane/funding").with(csrf()).with(authentication(signIn("koordinator")))
				.param("title", "Tilskot til bindingsprove")
				.param("year", "abc")
				.param("amount", "1000"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"year-error\">Ugyldig verdi.", "value=\"Tilskot til bindingsprove\"",
				"value=\"1000\"");
	}

	private UsernamePasswordAuthenticationToken signIn(String username) {
		SignedInUser user = AccountsForTests.signedIn(applicationContext, username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
