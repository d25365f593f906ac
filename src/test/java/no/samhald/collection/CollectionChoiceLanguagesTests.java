package no.samhald.collection;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * A choice's options in Nynorsk, Bokmål and (optionally) English: the coordinator writes as many
 * in each language, an answer stores the Nynorsk option whichever language it was picked in, and
 * the form, the results, the CSV and JSON-stat show the options in the reader's language.
 */
@SamhaldTest
class CollectionChoiceLanguagesTests {

	static final String NN = "Sjukepleiar\nLege";

	static final String NB = "Sykepleier\nLege";

	static final String EN = "Nurse\nDoctor";

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

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void optionsFallBackToBokmalForEnglishAndToNynorskWhenALanguageDoesNotPairUp() {
		var field = new CollectionField(FieldKind.CHOICE, "Mangel", "Mangel", null, null, null, null, null, NN, NB, null,
				false);
		assertThat(field.choiceOptions(Locale.ENGLISH)).extracting(CollectionField.Choice::label)
			.containsExactly("Sykepleier", "Lege");
		assertThat(field.choiceLabel("Sjukepleiar", Locale.forLanguageTag("nb"))).isEqualTo("Sykepleier");
		assertThat(field.choiceLabel("Tannlege", Locale.ENGLISH)).as("an option since removed").isEqualTo("Tannlege");
		var uneven = new CollectionField(FieldKind.CHOICE, "Mangel", "Mangel", null, null, null, null, null, NN, "Sykepleier",
				null, false);
		assertThat(uneven.choiceOptions(Locale.forLanguageTag("nb"))).extracting(CollectionField.Choice::label)
			.containsExactly("Sjukepleiar", "Lege");
	}

	@Test
	void aCoordinatorWritesAsManyOptionsInBokmalAndEnglishAsInNynorsk() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		var coordinator = authentication(signIn("koordinator"));
		String page = mvc.perform(definition(sogn, "Sykepleier", "Nurse\nDoctor\nDentist").with(coordinator))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Skriv like mange alternativ som på nynorsk (2)", "id=\"field0-choicesNb-error\"",
				"id=\"field0-choicesEn-error\"", "Dentist");

		var saved = mvc.perform(definition(sogn, NB, EN).with(coordinator)).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).contains("/collections/");
		DataCollection defined = collections.all(sogn.id()).stream().filter(c -> c.title().equals("Val på tre språk"))
			.findFirst().orElseThrow();
		assertThat(defined.fields().get(0).choiceListNb()).containsExactly("Sykepleier", "Lege");
		assertThat(defined.fields().get(0).choiceListEn()).containsExactly("Nurse", "Doctor");
	}

	@Test
	void anAnswerInBokmalStoresTheNynorskOptionAndEveryoneReadsItInTheirLanguage() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		Partner kinn = partners.all(sogn.id()).stream().filter(p -> "4602".equals(p.municipalityCode())).findFirst().orElseThrow();
		DataCollection collection = SignedIn.asCoordinator(() -> collections.define(sogn,
				new DefineCollection("Språktest", "2025", collections.today().plusDays(30), List.of(kinn.id()),
						List.of(new CollectionField(FieldKind.CHOICE, "Mangel", "Mangel", "Shortage", null, null, null,
								null, NN, NB, EN, false)),
						null)));
		String path = "/sogn-og-fjordane/collections/" + collection.id();
		var kinnContact = authentication(signIn("kinn"));

		mvc.perform(post(path + "/answers/" + kinn.id()).with(csrf()).with(kinnContact)
			.param("values[0]", "Sykepleier").param("submit", "true"));
		assertThat(collections.submitted(collection.id())).singleElement()
			.satisfies(a -> assertThat(a.valueOf(0)).isEqualTo("Sjukepleiar"));

		String form = mvc.perform(get(path + "/answers/" + kinn.id()).param("lang", "en").with(kinnContact))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains(">Nurse</option>", ">Doctor</option>", "value=\"Sjukepleiar\"");
		String results = mvc.perform(get(path + "/results").param("lang", "nb")).andReturn().getResponse()
			.getContentAsString();
		assertThat(results).contains(">Sykepleier<").doesNotContain(">Sjukepleiar<");
		String csv = mvc.perform(get("/api/v1/communities/sogn-og-fjordane/collections/" + collection.id() + "/results")
			.param("format", "csv").param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("option;Sjukepleiar;Nurse;1;", "option;Lege;Doctor;0;", "partner;" + kinn.id() + ";" + kinn.name() + ";Nurse;");
		String jsonStat = mvc.perform(get("/api/v1/communities/sogn-og-fjordane/collections/" + collection.id() + "/results")
			.param("format", "json-stat").param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(jsonStat).contains("\"label\":\"Shortage\"", "\"Sjukepleiar\":\"Nurse\"", "\"Lege\":\"Doctor\"",
				"\"Sjukepleiar\":1");
		String detail = mvc.perform(get(path).param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(detail).contains("Nurse, Doctor");
	}

	@Test
	void everyChoiceHasItsOptionsInBokmal() {
		Map<String, Object> unpaired = jdbc.sql("""
				select count(*) filter (where choices_nb is null) as missing, count(*) as choices
				from collection_field where kind = 'CHOICE'
				""").query().singleRow();
		assertThat(((Number) unpaired.get("choices")).longValue()).isPositive();
		assertThat(((Number) unpaired.get("missing")).longValue()).isZero();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder definition(Community sogn,
			String nb, String en) {
		Partner kinn = partners.all(sogn.id()).stream().filter(p -> "4602".equals(p.municipalityCode())).findFirst().orElseThrow();
		return post("/sogn-og-fjordane/collections").with(csrf())
			.param("title", "Val på tre språk").param("period", "2025")
			.param("deadline", collections.today().plusDays(40).toString())
			.param("partnerIds", String.valueOf(kinn.id()))
			.param("fields[0].kind", "CHOICE").param("fields[0].labelNn", "Mangel").param("fields[0].labelNb", "Mangel")
			.param("fields[0].choices", NN).param("fields[0].choicesNb", nb).param("fields[0].choicesEn", en);
	}

	private UsernamePasswordAuthenticationToken signIn(String username) {
		SignedInUser user = AccountsForTests.signedIn(applicationContext, username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
