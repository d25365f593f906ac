package no.samhald.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection and consultation answers on "Mitt arbeid", as the demo's Kinn contact, the hospital
 * contact and the FSU secretary see them through the API, and on the coordinator's overdue list.
 */
@SamhaldTest
class AnswerTasksIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	private static final String PASSWORD = "samhald-demo";

	private static final String COLLECTION = "Bemanning og innleige 2025";

	private static final String CONSULTATION = "Revidert delavtale 3 – høyring";

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	Forums forums;

	@Autowired
	MyWork myWork;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void kinnsContactSeesTheOpenCollectionAndTheConsultationItHasOnlyDrafted() {
		long kinn = partner("Kinn kommune");
		long collection = id("data_collection", COLLECTION);
		long consultation = id("consultation", CONSULTATION);

		List<JsonNode> tasks = tasksOf("kinn");

		JsonNode answer = only(tasks, "COLLECTION_TO_ANSWER", collection);
		assertThat(answer.get("title").asString()).isEqualTo(COLLECTION + " – Kinn kommune");
		assertThat(answer.get("link").asString())
			.isEqualTo("/sogn-og-fjordane/collections/" + collection + "/answers/" + kinn);
		assertThat(answer.get("due").asString()).isEqualTo(deadline("data_collection", collection).toString());
		assertThat(answer.get("overdue").asBoolean()).isFalse();
		JsonNode round = only(tasks, "CONSULTATION_TO_ANSWER", consultation);
		assertThat(round.get("link").asString())
			.isEqualTo("/sogn-og-fjordane/consultations/" + consultation + "/partners/" + kinn);
		assertThat(round.get("due").asString()).isEqualTo(deadline("consultation", consultation).toString());
		assertOrdered(tasks);

		String page = new Api(port).as("kinn", PASSWORD).get("/my-work").body();
		assertThat(page).contains(COLLECTION + " – Kinn kommune", "Kartlegging å svare på", "Høyring å svare på");
	}

	@Test
	void aSubmittedConsultationAnswerNoLongerWaitsButTheUnansweredCollectionDoes() {
		List<JsonNode> tasks = tasksOf("sjukehus");
		assertThat(idsOf(tasks, "CONSULTATION_TO_ANSWER")).doesNotContain(id("consultation", CONSULTATION));
		assertThat(tasks).filteredOn(t -> t.get("kind").asString().equals("COLLECTION_TO_ANSWER"))
			.extracting(t -> t.get("title").asString())
			.contains(COLLECTION + " – Helse Førde");
	}

	@Test
	void theForumsSecretaryAnswersForTheForumAndNoPartnersCollection() {
		long consultation = id("consultation", CONSULTATION);
		long fsu = forums.all(sogn().id()).stream().filter(f -> "FSU".equals(f.label())).map(Forum::id).findFirst()
			.orElseThrow();

		List<JsonNode> tasks = tasksOf("sekretar");

		JsonNode round = only(tasks, "CONSULTATION_TO_ANSWER", consultation);
		assertThat(round.get("title").asString()).isEqualTo(CONSULTATION + " – FSU");
		assertThat(round.get("link").asString())
			.isEqualTo("/sogn-og-fjordane/consultations/" + consultation + "/forums/" + fsu);
		assertThat(idsOf(tasks, "COLLECTION_TO_ANSWER")).isEmpty();
	}

	@Test
	void pastTheDeadlineTheAnswersAreOverdueForTheContactAndOnTheCoordinatorsList() {
		long collection = id("data_collection", COLLECTION);
		long consultation = id("consultation", CONSULTATION);
		LocalDate collectionDue = deadline("data_collection", collection);
		LocalDate consultationDue = deadline("consultation", consultation);
		LocalDate yesterday = myWork.today().minusDays(1);
		try {
			setDeadline("data_collection", collection, yesterday);
			setDeadline("consultation", consultation, yesterday);

			List<JsonNode> tasks = tasksOf("kinn");
			assertThat(only(tasks, "COLLECTION_TO_ANSWER", collection).get("overdue").asBoolean()).isTrue();
			assertThat(only(tasks, "CONSULTATION_TO_ANSWER", consultation).get("overdue").asBoolean()).isTrue();
			assertOrdered(tasks);

			var byKind = SignedIn.asCoordinator(() -> myWork.overdueIn(sogn()));
			assertThat(byKind.get(TaskKind.COLLECTION_TO_ANSWER)).extracting(Task::title)
				.contains(COLLECTION + " – Kinn kommune", COLLECTION + " – Helse Førde");
			assertThat(byKind.get(TaskKind.CONSULTATION_TO_ANSWER)).extracting(Task::title)
				.contains(CONSULTATION + " – Kinn kommune", CONSULTATION + " – FSU")
				.doesNotContain(CONSULTATION + " – Helse Førde");
		}
		finally {
			setDeadline("data_collection", collection, collectionDue);
			setDeadline("consultation", consultation, consultationDue);
		}
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

	private long partner(String name) {
		return partners.all(sogn().id()).stream().filter(p -> p.name().equals(name)).map(Partner::id).findFirst()
			.orElseThrow();
	}

	/** Table names are constants of this class, never input. */
	private long id(String table, String title) {
		return jdbc.sql("select id from " + table + " where title = :title and community_id = :community")
			.param("title", title)
			.param("community", sogn().id())
			.query(Long.class)
			.single();
	}

	private LocalDate deadline(String table, long id) {
		return jdbc.sql("select deadline from " + table + " where id = :id").param("id", id).query(LocalDate.class).single();
	}

	private void setDeadline(String table, long id, LocalDate deadline) {
		jdbc.sql("update " + table + " set deadline = :deadline where id = :id")
			.param("deadline", deadline)
			.param("id", id)
			.update();
	}

	private List<JsonNode> tasksOf(String username) {
		Api.Response response = new Api(port).as(username, PASSWORD).get("/api/v1/me/tasks");
		assertThat(response.status()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false).toList();
	}

	private static List<Long> idsOf(List<JsonNode> tasks, String kind) {
		return tasks.stream().filter(t -> t.get("kind").asString().equals(kind)).map(t -> t.get("subjectId").asLong())
			.toList();
	}

	private static JsonNode only(List<JsonNode> tasks, String kind, long id) {
		var matching = tasks.stream()
			.filter(t -> t.get("kind").asString().equals(kind) && t.get("subjectId").asLong() == id)
			.toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	/** New first, then overdue, then by due date. */
	private static void assertOrdered(List<JsonNode> tasks) {
		var keys = new ArrayList<String>();
		for (JsonNode task : tasks) {
			String due = task.get("due").isNull() ? "9999-12-31" : task.get("due").asString();
			keys.add((task.get("isNew").asBoolean() ? "0" : "1") + (task.get("overdue").asBoolean() ? "0" : "1") + due);
		}
		assertThat(keys).isSorted();
	}

}
