package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import no.samhald.SamhaldTest;

@SamhaldTest
class InsightPageTests {

	@LocalServerPort
	int port;

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	private static String coordinator() {
		return "Basic " + Base64.getEncoder().encodeToString("koordinator:samhald-demo".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void showsTheImportsAndTheCommunitysKeyFigures() {
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight?lang=en").retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Knowledge base", "population_by_age_sex_2022.csv", "Sogn og Fjordane", "Nordfjord",
				"108,472", "3.42", "2040");
		assertThat(page.getBody()).doesNotContain("Upload an SSB file");
	}

	@Test
	void vestfoldsPageHasFiguresToo() {
		ResponseEntity<String> page = client().get().uri("/vestfold/insight").retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Nøkkeltal").doesNotContain("Manglar folketal");
	}

	@Test
	void aCoordinatorSeesTheUploadAndErrorsInTheirLanguage() {
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight")
			.header(HttpHeaders.AUTHORIZATION, coordinator()).retrieve().toEntity(String.class);
		assertThat(page.getBody()).contains("Last opp SSB-fil");

		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource("\"region\";\"sex\";\"age\";\"Persons 2022\"\r\n\"K-4640 Sogndal\";\"Males\";\"0 years\";x\r\n"
			.getBytes(StandardCharsets.ISO_8859_1)) {
			@Override
			public String getFilename() {
				return "broken.csv";
			}
		});
		ResponseEntity<String> rejected = client().post().uri("/sogn-og-fjordane/insight/imports?lang=nb")
			.header(HttpHeaders.AUTHORIZATION, coordinator())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class);
		assertThat(rejected.getStatusCode().value()).isEqualTo(200);
		assertThat(rejected.getBody()).contains("Filen kunne ikke importeres", "Linje 2, kolonne «Persons 2022»: «x» er ikke et tall.");
	}

}
