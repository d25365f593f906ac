package no.samhald.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The search finds Nynorsk word forms by their stem, keeps exempt cases and internal titles from
 * the public, filters by kind and year, escapes snippets, and answers the same over the API.
 * The items come from {@link SearchFixtures}.
 */
@SamhaldTest
class SearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final SearchFixtures items = new SearchFixtures();

	@Test
	void aNynorskWordFormFindsTheStemmedAgreementSectionWithAnEscapedSnippet() {
		long agreement = agreementWithSection("Delavtale om " + items.word(), "Kommunane melder " + items.word() + "ane straks & <b>alltid</b>.");

		List<SearchHit> hits = items.find(items.word() + "ar", null, null);

		assertThat(hits).extracting(SearchHit::link).containsExactly("/sogn-og-fjordane/agreements/" + agreement);
		SearchHit hit = hits.get(0);
		assertThat(hit.kind()).isEqualTo(SearchKind.AGREEMENT);
		assertThat(hit.snippet()).contains("<mark>" + items.word() + "ane</mark>").contains("straks &amp;")
			.contains("Formål").doesNotContain("<b>");
	}

	@Test
	void thePublicNeverFindsAnExemptCaseNorAnInternalTitleButMembersDo() {
		long meeting = items.approvedPublicMeeting();
		long exempt = items.meetingCase(meeting, "Personalsak " + items.word(), "Personalsak", "Permisjon for " + items.word() + "ane.", true);
		long named = items.meetingCase(meeting, "Avtale med " + items.word() + " AS", "Avtale om vedlikehald", "Godkjent.", false);

		assertThat(items.find(items.word(), null, null)).as("public").isEmpty();
		assertThat(items.find("vedlikehald", SearchKind.CASE, null)).extracting(SearchHit::link)
			.contains("/sogn-og-fjordane/cases/" + named);

		SignedIn.asCoordinator();
		assertThat(items.find(items.word(), SearchKind.CASE, null)).extracting(SearchHit::link)
			.containsExactlyInAnyOrder("/sogn-og-fjordane/cases/" + exempt, "/sogn-og-fjordane/cases/" + named);
	}

	@Test
	void kindAndYearNarrowTheSearch() {
		agreementWithSection(items.word() + " i avtale", "");
		jdbc.sql("""
				insert into event (community_id, kind, title, starts_at, ends_at)
				select :c, kind, :title, timestamp '2027-05-04 09:00', timestamp '2027-05-04 15:00' from event limit 1
				""").param("c", items.sogn().id()).param("title", "Fagdag om " + items.word()).update();

		assertThat(items.find(items.word(), null, null)).extracting(SearchHit::kind)
			.containsExactly(SearchKind.AGREEMENT, SearchKind.EVENT);
		assertThat(items.find(items.word(), SearchKind.EVENT, null)).extracting(SearchHit::year).containsExactly(2027);
		assertThat(items.find(items.word(), SearchKind.EVENT, 2026)).isEmpty();
		assertThat(items.find(items.word(), null, 2027)).extracting(SearchHit::kind).containsExactly(SearchKind.EVENT);
	}

	@Test
	void aBlankOrOverlongQueryIsRefusedWithAMessage() {
		assertThatThrownBy(() -> items.find("  ", null, null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> items.find("a".repeat(Search.MAX_LENGTH + 1), null, null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(items.find("og \" - or (", null, null)).as("stop words and syntax").isEmpty();
	}

	@Test
	void theApiGivesKindTitleSnippetAndLinkAndExplainsABadQuery() {
		long agreement = agreementWithSection("Samarbeidsavtale " + items.word(), "Om " + items.word() + "ane.");
		var api = new Api(port);

		JsonNode hits = api.get("/api/v1/communities/sogn-og-fjordane/search?q=" + items.word() + "ar").json();
		assertThat(hits).hasSize(1);
		assertThat(hits.get(0).get("kind").asString()).isEqualTo("AGREEMENT");
		assertThat(hits.get(0).get("title").asString()).isEqualTo("Samarbeidsavtale " + items.word());
		assertThat(hits.get(0).get("snippet").asString()).contains("<mark>");
		assertThat(hits.get(0).get("link").asString()).isEqualTo("/sogn-og-fjordane/agreements/" + agreement);

		Api.Response blank = api.get("/api/v1/communities/sogn-og-fjordane/search?q=");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("Skriv minst eitt ord");
		Api.Response page = api.get("/sogn-og-fjordane/search?q=" + "a".repeat(Search.MAX_LENGTH + 1));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Søket kan vere høgst 200 teikn");
	}

	private long agreementWithSection(String title, String text) {
		long agreement = jdbc.sql("""
				insert into agreement (community_id, kind, title, status)
				select :c, kind, :title, status from agreement limit 1 returning id
				""").param("c", items.sogn().id()).param("title", title).query(Long.class).single();
		long version = jdbc.sql("""
				insert into agreement_version (agreement_id, label, adopted_on) values (:a, 'Versjon 1', date '2025-03-01')
				returning id
				""").param("a", agreement).query(Long.class).single();
		jdbc.sql("""
				insert into agreement_section (agreement_version_id, position, level, number, heading, text)
				values (:v, 1, 'PARAGRAPH', '1', 'Formål', :text)
				""").param("v", version).param("text", text).update();
		return agreement;
	}

}
