package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static String administrator() {
		return "Basic " + Base64.getEncoder().encodeToString("admin:samhald-admin".getBytes(StandardCharsets.UTF_8));
	}

	private ResponseEntity<String> upload(byte[] content, String fileName, boolean replace) {
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		parts.add("replace", String.valueOf(replace));
		return client().post().uri("/sogn-og-fjordane/insight/imports?lang=nb")
			.header(HttpHeaders.AUTHORIZATION, administrator())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class);
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
	void aCoordinatorIsToldThatOnlyAnAdministratorImports() {
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight")
			.header(HttpHeaders.AUTHORIZATION, coordinator()).retrieve().toEntity(String.class);
		assertThat(page.getBody()).doesNotContain("Last opp SSB-fil").contains("Berre ein administrator av installasjonen");
	}

	@Test
	void anAdministratorSeesTheUploadAndErrorsInTheirLanguage() {
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight")
			.header(HttpHeaders.AUTHORIZATION, administrator()).retrieve().toEntity(String.class);
		assertThat(page.getBody()).contains("Last opp SSB-fil");

		ResponseEntity<String> rejected = upload("\"region\";\"sex\";\"age\";\"Persons 2022\"\r\n\"K-4640 Sogndal\";\"Males\";\"0 years\";x\r\n"
			.getBytes(StandardCharsets.ISO_8859_1), "broken.csv", false);
		assertThat(rejected.getStatusCode().value()).isEqualTo(200);
		assertThat(rejected.getBody()).contains("Filen kunne ikke importeres", "Linje 2, kolonne «Persons 2022»: «x» er ikke et tall.");
	}

	@Test
	void replacingAYearShowsTheOldAndNewTotalsPerAreaBeforeItIsCommitted() throws IOException {
		byte[] original = Files.readAllBytes(Path.of("../shared/data/ssb-07459/population_by_age_sex_2022.csv"));
		byte[] changed = new String(original, StandardCharsets.ISO_8859_1)
			.replace("\"K-4640 Sogndal\";\"Males\";\"0 years\";", "\"K-4640 Sogndal\";\"Males\";\"0 years\";1")
			.getBytes(StandardCharsets.ISO_8859_1);
		ResponseEntity<String> preview = upload(changed, "changed.csv", true);
		assertThat(preview.getStatusCode().value()).isEqualTo(200);
		assertThat(preview.getBody()).contains("Se over endringene før de lagres", "Bekreft og erstatt", "4640 Sogndal",
				"Sogn og Fjordane", "observed 2022");
		Matcher confirm = Pattern.compile("action=\"(/sogn-og-fjordane/insight/imports/previews/\\d+)\"").matcher(preview.getBody());
		assertThat(confirm.find()).isTrue();
		ResponseEntity<String> unchanged = client().get().uri("/api/v1/communities/sogn-og-fjordane/indicators?area=4640&year=2022")
			.retrieve().toEntity(String.class);
		ResponseEntity<String> committed = client().post().uri(confirm.group(1))
			.header(HttpHeaders.AUTHORIZATION, administrator()).retrieve().toEntity(String.class);
		// The client follows the redirect back to the page.
		assertThat(committed.getStatusCode().value()).isIn(200, 302);
		ResponseEntity<String> after = client().get().uri("/api/v1/communities/sogn-og-fjordane/indicators?area=4640&year=2022")
			.retrieve().toEntity(String.class);
		assertThat(after.getBody()).isNotEqualTo(unchanged.getBody());
		ResponseEntity<String> restored = upload(original, "population_by_age_sex_2022.csv", true);
		Matcher back = Pattern.compile("action=\"(/sogn-og-fjordane/insight/imports/previews/\\d+)\"").matcher(restored.getBody());
		assertThat(back.find()).isTrue();
		client().post().uri(back.group(1)).header(HttpHeaders.AUTHORIZATION, administrator()).retrieve().toEntity(String.class);
		assertThat(client().get().uri("/api/v1/communities/sogn-og-fjordane/indicators?area=4640&year=2022")
			.retrieve().toEntity(String.class).getBody()).isEqualTo(unchanged.getBody());
	}

}
