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
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings (by forum, date, place and agenda), undecided cases and documents (case attachments
 * and consultation rounds' files) in the search, and who finds them: the public finds public
 * meetings, decided public cases and the documents of public, non-exempt cases and public rounds;
 * a member of the community finds everything of it; a member of another community only what the public does.
 */
@SamhaldTest
class SearchMeetingsAndDocumentsTests {

	private static final String SOGN = "/sogn-og-fjordane";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@RegisterExtension
	final SearchFixtures items = new SearchFixtures();

	@Test
	void aMeetingIsFoundByForumMonthYearDateAndPlaceAndTitledByItsForumAndDay() {
		Object[] forum = items.forumWithShortName();
		long meeting = items.meeting((Long) forum[0], "2031-03-12 10:00", "Kulturhuset " + items.word(), true, false);
		String link = SOGN + "/meetings/" + meeting;

		assertThat(items.links(forum[2] + " mars 2031", SearchKind.MEETING)).contains(link);
		assertThat(items.links(forum[2] + " March 2031", SearchKind.MEETING)).contains(link);
		assertThat(items.links("12.03.2031", SearchKind.MEETING)).contains(link);
		assertThat(items.links(forum[2] + " april 2031", SearchKind.MEETING)).doesNotContain(link);

		List<SearchHit> byPlace = items.find(items.word(), null, null);
		assertThat(byPlace).extracting(SearchHit::link).containsExactly(link);
		SearchHit hit = byPlace.get(0);
		assertThat(hit.kind()).isEqualTo(SearchKind.MEETING);
		assertThat(hit.title()).isEqualTo(forum[1] + " 12.03.2031");
		assertThat(hit.year()).isEqualTo(2031);
		assertThat(hit.snippet()).contains("<mark>" + items.word() + "</mark>");
	}

	@Test
	void aClosedMeetingAnUndecidedCaseAndInternalAgendaTitlesAreFoundByMembersOfTheCommunityOnly() {
		long forum = (Long) items.forumWithShortName()[0];
		long open = items.meeting(forum, "2031-05-06 10:00", "Teams", true, false);
		long undecided = items.meetingCase(open, "Avtale med " + items.word() + " AS", "Avtale om reinhald", null, false);
		long closed = items.meeting(forum, "2031-05-20 10:00", "Møterom " + items.word(), false, false);

		assertThat(items.links(items.word(), null)).as("public").isEmpty();
		// the public sees the open meeting's agenda by its public titles, but not the undecided case itself
		assertThat(items.links("reinhald", SearchKind.MEETING)).as("public, agenda").contains(SOGN + "/meetings/" + open);
		assertThat(items.links("reinhald", SearchKind.CASE)).as("public, undecided").doesNotContain(SOGN + "/cases/" + undecided);

		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");
		assertThat(items.links(items.word(), null)).as("member of another community").isEmpty();

		SignedIn.as("medlem", Role.MEMBER, "sogn-og-fjordane");
		List<SearchHit> forAMember = items.find(items.word(), null, null);
		assertThat(forAMember).extracting(SearchHit::link).as("member").containsExactlyInAnyOrder(
				SOGN + "/cases/" + undecided, SOGN + "/meetings/" + open, SOGN + "/meetings/" + closed);
		assertThat(forAMember.get(0).kind()).as("the case by its title before a meeting by its agenda").isEqualTo(SearchKind.CASE);
	}

	@Test
	void documentsAreFoundByTheWordsOfTheirFileNameAndThePublicFindsOnlyPublicOnes() {
		long meeting = items.approvedPublicMeeting();
		long publicCase = items.meetingCase(meeting, "Utkast til plan", "Utkast til plan", null, false);
		long exemptCase = items.meetingCase(meeting, "Personalsak", "Personalsak", "Innvilga.", true);
		long attachment = items.attachment(publicCase, "Utkast_" + items.word() + "_2031.pdf");
		long exemptAttachment = items.attachment(exemptCase, "Notat-" + items.word() + ".pdf");
		long publicRound = items.roundWithFile("Høyring om " + items.word(), true, "2031-02-01", "Høyringsutkast " + items.word() + ".docx");
		long closedRound = items.roundWithFile("Intern runde", false, "2031-02-01", items.word() + "-intern.docx");

		List<SearchHit> forThePublic = items.find(items.word(), SearchKind.DOCUMENT, null);
		assertThat(forThePublic).extracting(SearchHit::link).containsExactlyInAnyOrder(
				SOGN + "/cases/" + publicCase + "/attachments/" + attachment, SOGN + "/consultations/" + publicRound + "/document");
		assertThat(forThePublic).extracting(SearchHit::title)
			.containsExactlyInAnyOrder("Utkast_" + items.word() + "_2031.pdf", "Høyringsutkast " + items.word() + ".docx");
		var api = new Api(port);
		for (SearchHit hit : forThePublic) {
			assertThat(api.get(hit.link()).status()).as("the public may download " + hit.link()).isEqualTo(200);
		}

		SignedIn.as("medlem", Role.MEMBER, "sogn-og-fjordane");
		assertThat(items.links(items.word(), SearchKind.DOCUMENT)).containsExactlyInAnyOrder(
				SOGN + "/cases/" + publicCase + "/attachments/" + attachment,
				SOGN + "/cases/" + exemptCase + "/attachments/" + exemptAttachment,
				SOGN + "/consultations/" + publicRound + "/document", SOGN + "/consultations/" + closedRound + "/document");
	}

	@Test
	void kindAndYearNarrowMeetingsAndDocuments() {
		long forum = (Long) items.forumWithShortName()[0];
		items.meeting(forum, "2031-09-01 10:00", "Sal " + items.word(), true, false);
		items.roundWithFile("Runde", true, "2030-11-01", items.word() + ".pdf");

		assertThat(items.find(items.word(), null, null)).extracting(SearchHit::kind)
			.containsExactlyInAnyOrder(SearchKind.MEETING, SearchKind.DOCUMENT);
		assertThat(items.find(items.word(), SearchKind.DOCUMENT, null)).extracting(SearchHit::year).containsExactly(2030);
		assertThat(items.find(items.word(), null, 2031)).extracting(SearchHit::kind).containsExactly(SearchKind.MEETING);
		assertThat(items.find(items.word(), SearchKind.MEETING, 2030)).isEmpty();
	}

	@Test
	void theApiFindsMeetingsForThePublicAndUndecidedCasesForMembers() {
		long forum = (Long) items.forumWithShortName()[0];
		long meeting = items.meeting(forum, "2031-10-07 10:00", "Teams", true, false);
		long undecided = items.meetingCase(meeting, "Ny ordning for " + items.word(), "Ny ordning for " + items.word(), null, false);
		String path = "/api/v1/communities/sogn-og-fjordane/search?q=" + items.word();

		JsonNode forThePublic = new Api(port).get(path).json();
		assertThat(forThePublic).hasSize(1);
		assertThat(forThePublic.get(0).get("kind").asString()).isEqualTo("MEETING");
		assertThat(forThePublic.get(0).get("link").asString()).isEqualTo(SOGN + "/meetings/" + meeting);

		JsonNode forAMember = new Api(port).as("medlem", "samhald-demo").get(path + "&kind=CASE").json();
		assertThat(forAMember).hasSize(1);
		assertThat(forAMember.get(0).get("link").asString()).isEqualTo(SOGN + "/cases/" + undecided);
	}

	/**
	 * A meeting's document is stored on the meeting with a GIN index (V19_90; it was made anew for
	 * every meeting at every search), and kept when its cases, its forum's name or its minutes change.
	 */
	@Test
	void aMeetingsStoredDocumentFollowsItsCasesForumAndMinutesAndItsIndexAnswersTheSearch() throws Exception {
		Object[] forum = items.forumWithShortName();
		long meeting = items.meeting((Long) forum[0], "2031-11-04 10:00", "Teams", true, false);
		long agendaCase = items.meetingCase(meeting, "Sak om " + items.word(), "Sak om " + items.word(), null, false);
		String link = SOGN + "/meetings/" + meeting;
		assertThat(items.links(items.word(), SearchKind.MEETING)).containsExactly(link);

		String other = SearchFixtures.newWord();
		jdbc.sql("update meeting_case set title = :t, public_title = :t where id = :id")
			.param("t", "Sak om " + other).param("id", agendaCase).update();
		assertThat(items.links(items.word(), SearchKind.MEETING)).isEmpty();
		assertThat(items.links(other, SearchKind.MEETING)).containsExactly(link);
		jdbc.sql("delete from meeting_case where id = :id").param("id", agendaCase).update();
		assertThat(items.links(other, SearchKind.MEETING)).isEmpty();

		String forumWord = SearchFixtures.newWord();
		try {
			jdbc.sql("update forum set name = name || ' ' || :w where id = :id").param("w", forumWord).param("id", forum[0]).update();
			assertThat(items.links(forumWord, SearchKind.MEETING)).contains(link);
		}
		finally {
			jdbc.sql("update forum set name = :n where id = :id").param("n", forum[1]).param("id", forum[0]).update();
		}
		assertThat(items.links(forumWord, SearchKind.MEETING)).isEmpty();

		String notes = SearchFixtures.newWord();
		jdbc.sql("update meeting set minutes_notes = :n where id = :id").param("n", notes).param("id", meeting).update();
		assertThat(items.links(notes, SearchKind.MEETING)).as("the public, minutes not approved").isEmpty();
		jdbc.sql("update meeting set status = 'MINUTES_APPROVED' where id = :id").param("id", meeting).update();
		assertThat(items.links(notes, SearchKind.MEETING)).as("the public, minutes approved").containsExactly(link);

		assertThat(meetingPlan("member_document")).contains("search_meeting_document");
		assertThat(meetingPlan("public_document")).contains("search_meeting_public_document");
	}

	/** The plan of the view's meetings matching a word, where the planner may not read whole tables (the demo is small). */
	private String meetingPlan(String document) throws Exception {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("set enable_seqscan = off");
			try (var plan = statement.executeQuery("explain select id from search_item where kind = 'MEETING' and "
					+ document + " @@ websearch_to_tsquery('norwegian', 'mars 2031')")) {
				var text = new StringBuilder();
				while (plan.next()) {
					text.append(plan.getString(1)).append('\n');
				}
				return text.toString();
			}
			finally {
				statement.execute("reset enable_seqscan");
			}
		}
	}
}
