package no.samhald.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * not shown again: a {@code th:field} shows the form's value, which stays empty.) The error summary
 * follows the form's fields ({@link FormErrorOrder}).
 */
@SamhaldTest
class FormBindingTests {

	private static final Pattern SUMMARY_LINK = Pattern.compile("<a href=\"#([^\"]+)\"");

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

	/**
	 * The team form with faults in its fields and in two member rows, one a date that cannot be read
	 * (a binding error, made before validation): the summary follows the page, sent twenty times.
	 */
	@Test
	void theSummaryOfATeamFormFollowsItsFieldsEveryTime() throws Exception {
		for (int sending = 0; sending < 20; sending++) {
			assertThat(summaryOfBadTeamForm()).containsExactly("partnerId", "name", "startedOn", "members0.name",
					"members0.email", "members1.name", "members1.email");
		}
	}

	private List<String> summaryOfBadTeamForm() throws Exception {
		String page = mvc
			.perform(post("/sogn-og-fjordane/network/teams").with(csrf()).with(authentication(signIn("koordinator")))
				.param("partnerId", "")
				.param("name", "")
				.param("startedOn", "abc")
				.param("members[0].name", "x".repeat(201))
				.param("members[0].email", "not an address")
				.param("members[1].name", "y".repeat(201))
				.param("members[1].email", "neither")
				.param("version", "0"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String summary = page.substring(page.indexOf("error-summary"), page.indexOf("</ul>", page.indexOf("error-summary")));
		List<String> links = new ArrayList<>();
		Matcher link = SUMMARY_LINK.matcher(summary);
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

	private UsernamePasswordAuthenticationToken signIn(String username) {
		SignedInUser user = AccountsForTests.signedIn(applicationContext, username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
