package no.samhald.collection;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.security.AccountsForTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages: a partner contact's bad values come back with a message per field and what they
 * typed; a draft is saved; the demo's results hide the small municipalities' counts.
 */
@SamhaldTest
class CollectionPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	Collections collections;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void badValuesComeBackFilledInWithAMessagePerFieldAndADraftIsSaved() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		Partner kinn = partners.all(sogn.id()).stream().filter(p -> "4602".equals(p.municipalityCode())).findFirst().orElseThrow();
		DataCollection collection = SignedIn.asCoordinator(() -> collections.define(sogn,
				new DefineCollection("Sidetest", "2025-Q2", collections.today().plusDays(20), List.of(kinn.id()),
						List.of(new CollectionField(FieldKind.DECIMAL, "Årsverk", "Årsverk", null, "årsverk", null,
								BigDecimal.ZERO, BigDecimal.valueOf(100), null, false),
								new CollectionField(FieldKind.CHOICE, "Mangel", "Mangel", null, null, null, null, null,
										"Sjukepleiar\nLege", false),
								new CollectionField(FieldKind.SHORT_TEXT, "Merknad", "Merknad", null, null, null, null, null,
										null, false)),
						null)));
		String path = "/sogn-og-fjordane/collections/" + collection.id() + "/answers/" + kinn.id();
		var kinnContact = authentication(signIn("kinn"));

		String page = mvc.perform(post(path).with(csrf()).with(kinnContact)
			.param("values[0]", "140").param("values[1]", "Tannlege").param("values[2]", "Gjeld 15076500565"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kan ikkje vere meir enn 100.", "Vel eitt av alternativa.", "fødselsnummer",
				"value=\"140\"", "id=\"value0-error\"", "id=\"value1-error\"");

		var saved = mvc.perform(post(path).with(csrf()).with(kinnContact).param("values[0]", "3,5")).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).endsWith(path + "?saved");
		Answer draft = collections.answersByPartner(collection.id()).get(kinn.id());
		assertThat(draft.status()).isEqualTo(AnswerStatus.DRAFT);
		assertThat(draft.valueOf(0)).isEqualTo("3.5");
		assertThat(draft.values().get(0).enteredBy()).isEqualTo("kinn");
	}

	@Test
	void theDemoResultsArePublicAndHideSmallCounts() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long beds = collections.all(sogn.id()).stream().filter(c -> c.period().equals("2024-Q1")).findFirst().orElseThrow().id();
		String page = mvc.perform(get("/sogn-og-fjordane/collections/" + beds + "/results"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Utskrivingsklare pasientar", "skjult", "<svg", "<table");
	}

	private UsernamePasswordAuthenticationToken signIn(String username) {
		SignedInUser user = AccountsForTests.signedIn(applicationContext, username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
