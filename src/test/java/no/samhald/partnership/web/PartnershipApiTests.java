package no.samhald.partnership.web;

import org.springframework.security.test.context.support.WithUserDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.AddMember;
import no.samhald.partnership.ForumKind;
import no.samhald.partnership.Forums;
import no.samhald.partnership.MembershipRole;
import no.samhald.partnership.SaveForum;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.partnership.Representation;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
@WithUserDetails("koordinator")
class PartnershipApiTests {

	private static final String SFJ = "/api/v1/communities/sogn-og-fjordane";

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Forums forums;

	@Autowired
	Partners partners;

	@Autowired
	People people;

	@Test
	void sognOgFjordaneHasTheEighteenMunicipalitiesOfTheHelseFordeAreaWithTheirKommunenummer() {
		List<JsonNode> municipalities = partnersOf("MUNICIPALITY");
		var codes = Stream.concat(Stream.of("4602"), IntStream.rangeClosed(4635, 4651).mapToObj(String::valueOf)).toList();
		assertThat(codes).hasSize(18);
		var found = municipalities.stream().map(m -> m.get("municipalityCode").asString()).toList();
		assertThat(found).containsAll(codes).doesNotHaveDuplicates();
		JsonNode sogndal = municipalities.stream().filter(m -> m.get("municipalityCode").asString().equals("4640"))
			.findFirst().orElseThrow();
		assertThat(sogndal.get("name").asString()).isEqualTo("Sogndal kommune");
		assertThat(sogndal.get("region").asString()).isEqualTo("Sogn");
		assertThat(sogndal.get("writtenLanguage").asString()).isEqualTo("nn");
		assertThat(sogndal.get("type").asString()).isEqualTo("MUNICIPALITY");
	}

	@Test
	void helseFordeHasItsThreeHospitals() {
		JsonNode trust = partnersOf("HEALTH_TRUST").stream()
			.filter(p -> p.get("name").asString().equals("Helse Førde")).findFirst().orElseThrow();
		assertThat(trust.get("municipalityCode").isNull()).isTrue();
		long trustId = trust.get("id").asLong();
		var hospitals = partnersOf("HOSPITAL").stream()
			.filter(h -> !h.get("parentId").isNull() && h.get("parentId").asLong() == trustId)
			.map(h -> h.get("name").asString()).toList();
		assertThat(hospitals).containsExactlyInAnyOrder("Førde sentralsjukehus", "Nordfjord sjukehus", "Lærdal sjukehus");

		var one = new Api(port).get(SFJ + "/partners/" + trustId);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("shortName").asString()).isEqualTo("HFD");
	}

	@Test
	void aForumNamesTheRepresentationItLacksUntilAGpAndAUserRepresentativeJoin() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Forum forum = newForum(community);
		String path = SFJ + "/forums/" + forum.id();

		assertThat(gapsOf(new Api(port).get(path).json())).containsExactly("USER_REPRESENTATIVE", "GENERAL_PRACTITIONER");

		seat(community, forum, "Sindre Myklebust", Representation.GENERAL_PRACTITIONER);
		assertThat(gapsOf(new Api(port).get(path).json())).containsExactly("USER_REPRESENTATIVE");

		seat(community, forum, "Gunnhild Sande", Representation.USER_REPRESENTATIVE);
		JsonNode json = new Api(port).get(path).json();
		assertThat(gapsOf(json)).isEmpty();
		assertThat(json.get("members").valueStream().map(m -> m.get("name").asString()))
			.containsExactlyInAnyOrder("Sindre Myklebust", "Gunnhild Sande");
	}

	@Test
	void theForumListCarriesGapsForEveryForumAndTheStrategicCommitteeHasNone() {
		JsonNode all = new Api(port).get(SFJ + "/forums").json();
		assertThat(all.valueStream()).allMatch(f -> f.has("representationGaps") && f.has("members"));
		JsonNode ssu = all.valueStream().filter(f -> "SSU".equals(f.path("shortName").asString(null))).findFirst()
			.orElseThrow();
		assertThat(gapsOf(ssu)).isEmpty();
		assertThat(ssu.get("kind").asString()).isEqualTo("STRATEGIC_COMMITTEE");
	}

	@Test
	void contactDetailsOfMembersAreForTheCommunitysOwnPeopleOnly() {
		long ssu = forumId("sogn-og-fjordane", "SSU");
		JsonNode publicView = new Api(port).get(SFJ + "/forums/" + ssu).json();
		assertThat(publicView.get("members").valueStream()).allMatch(m -> m.get("email").isNull());

		JsonNode memberView = new Api(port).as("medlem", "samhald-demo").get(SFJ + "/forums/" + ssu).json();
		assertThat(memberView.get("members").valueStream()).anyMatch(m -> !m.get("email").isNull());

		JsonNode otherCommunity = new Api(port).as("vestfold", "samhald-demo").get(SFJ + "/forums/" + ssu).json();
		assertThat(otherCommunity.get("members").valueStream()).allMatch(m -> m.get("email").isNull());
	}

	@Test
	void unknownIdsAreProblemDocumentsWith404() {
		for (String path : List.of(SFJ + "/forums/999999", SFJ + "/partners/999999", SFJ + "/partners/abc",
				SFJ + "/forums/abc")) {
			var response = new Api(port).get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
			assertThat(response.json().get("status").asInt()).as(path).isEqualTo(404);
		}
	}

	@Test
	void aForumOrPartnerOfVestfoldIsNotFoundUnderSognOgFjordane() {
		long vestfoldSsu = forumId("vestfold", "SSU");
		assertThat(new Api(port).get("/api/v1/communities/vestfold/forums/" + vestfoldSsu).status()).isEqualTo(200);

		var forum = new Api(port).get(SFJ + "/forums/" + vestfoldSsu);
		assertThat(forum.status()).isEqualTo(404);
		assertThat(forum.contentType()).startsWith("application/problem+json");

		long vestfoldPartner = partners.all(communities.bySlug("vestfold").id()).get(0).id();
		assertThat(new Api(port).get(SFJ + "/partners/" + vestfoldPartner).status()).isEqualTo(404);
		assertThat(new Api(port).get(SFJ + "/partners").json().valueStream().map(p -> p.get("id").asLong()))
			.doesNotContain(vestfoldPartner);
	}

	@Test
	void aCoordinatorWithHttpBasicMayCreateAPartnerWithoutASession() {
		String name = "Frivilligsentral " + UUID.randomUUID().toString().substring(0, 8);
		var response = new Api(port).as("koordinator", "samhald-demo")
			.postForm("/sogn-og-fjordane/partners", Map.of("type", "OTHER", "name", name));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).matches(".*/sogn-og-fjordane/partners/\\d+\\?saved");
		assertThat(names()).contains(name);
	}

	@Test
	void writesAreRefusedToThePublicAndToCoordinatorsOfAnotherCommunity() {
		String name = "Uønskt partnar " + UUID.randomUUID().toString().substring(0, 8);
		var form = Map.of("type", "OTHER", "name", name);

		var anonymous = new Api(port).postForm("/sogn-og-fjordane/partners", form);
		assertThat(anonymous.status()).isIn(401, 403);

		var vestfold = new Api(port).as("vestfold", "samhald-demo").postForm("/sogn-og-fjordane/partners", form);
		assertThat(vestfold.status()).isEqualTo(403);

		var member = new Api(port).as("medlem", "samhald-demo").postForm("/sogn-og-fjordane/partners", form);
		assertThat(member.status()).isEqualTo(403);

		var wrongPassword = new Api(port).as("nobody-" + UUID.randomUUID(), "nothing").postForm("/sogn-og-fjordane/partners", form);
		assertThat(wrongPassword.status()).isEqualTo(401);

		assertThat(names()).doesNotContain(name);
	}

	private List<String> names() {
		return new Api(port).get(SFJ + "/partners").json().valueStream().map(p -> p.get("name").asString()).toList();
	}

	private List<JsonNode> partnersOf(String type) {
		var response = new Api(port).get(SFJ + "/partners");
		assertThat(response.status()).isEqualTo(200);
		return response.json().valueStream().filter(p -> p.get("type").asString().equals(type)).toList();
	}

	private static List<String> gapsOf(JsonNode forum) {
		return forum.get("representationGaps").valueStream().map(JsonNode::asString).toList();
	}

	private long forumId(String slug, String shortName) {
		return forums.all(communities.bySlug(slug).id()).stream().filter(f -> shortName.equals(f.shortName()))
			.findFirst().orElseThrow().id();
	}

	private Forum newForum(Community community) {
		return forums.create(community, new SaveForum(ForumKind.WORKING_GROUP,
				"API-forum " + UUID.randomUUID().toString().substring(0, 8), null, null, null, null, true, 0));
	}

	private void seat(Community community, Forum forum, String personName, Representation representation) {
		long personId = people.all(community.id()).stream().filter(p -> p.name().equals(personName)).findFirst()
			.orElseThrow().id();
		forums.addMember(community, forum.id(),
				new AddMember(personId, MembershipRole.MEMBER, null, representation, LocalDate.of(2024, 1, 1), null));
	}

}
