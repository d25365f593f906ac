package no.samhald.community.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Api;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class CommunityApiTests {

	@LocalServerPort
	int port;

	@Test
	void listsTheCommunitiesOfThisInstallation() {
		var response = new Api(port).get("/api/v1/communities");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		var communities = response.json();
		assertThat(communities.findValuesAsString("slug")).contains("sogn-og-fjordane", "vestfold");
		var sfj = communities.valueStream().filter(c -> c.get("slug").asString().equals("sogn-og-fjordane"))
			.findFirst().orElseThrow();
		assertThat(sfj.get("name").asString()).isEqualTo("Sogn og Fjordane helsefellesskap");
		assertThat(sfj.get("shortName").asString()).isEqualTo("SFHF");
	}

	@Test
	void anUnknownCommunityIsAProblemDocumentWith404() {
		for (String path : new String[] { "/api/v1/communities/atlantis", "/api/v1/communities/atlantis/partners",
				"/api/v1/communities/atlantis/forums/1" }) {
			var response = new Api(port).get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
			assertThat(response.json().get("status").asInt()).isEqualTo(404);
			assertThat(response.json().get("instance").asString()).isEqualTo(path);
			assertThat(response.json().get("title").asString()).isNotBlank();
		}
	}

}
