package no.samhald.costsplit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.ConflictException;
import no.samhald.project.Projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo project's 170 000 kr over the 18 municipalities by population on 1 January 2022, frozen once adopted. */
@SamhaldTest
class CostSplitApiTests {

	@LocalServerPort
	int port;

	@Autowired
	CostSplits splits;

	@Autowired
	Communities communities;

	@Autowired
	Projects projects;

	@Test
	void theDemoSplitSumsExactlyTo170000OverTheEighteenMunicipalitiesAndCannotBeAdoptedTwice() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long project = projects.all(sogn.id()).stream()
			.filter(p -> p.project().name().startsWith("Samhandlingsprosjekt")).findFirst().orElseThrow().project().id();
		CostSplit split = splits.of(sogn.id(), project).orElseThrow();
		assertThat(split.shares()).hasSize(18);
		assertThat(split.shares().stream().mapToLong(SplitShare::amountNok).sum()).isEqualTo(170_000);
		assertThat(split.year()).isEqualTo(2022);

		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/communities/sogn-og-fjordane/projects/" + project + "/split")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"amount\":170000", "\"basis\":\"POPULATION\"", "\"year\":2022",
				"\"municipalityCode\":\"4602\"", "\"population\":", "\"amountNok\":");

		assertThatThrownBy(() -> SignedIn.asCoordinator(() -> splits.adopt(sogn, project,
				new AdoptSplit(1000L, SplitBasis.EQUAL, null, List.of(split.shares().get(0).partnerId()), null))))
			.isInstanceOf(ConflictException.class);
	}

}
